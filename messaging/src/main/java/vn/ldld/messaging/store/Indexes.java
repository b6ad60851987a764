package vn.ldld.messaging.store;

import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;

/**
 * Creates the indexes a service's queries rely on when it starts (idempotent: an existing index is kept). An index
 * only speeds queries up, so a store that refuses or cannot be reached does not stop the start: it is logged and
 * the queries read more until the next start.
 */
public final class Indexes {

    private Indexes() {
    }

    /** Ensures each index on the collection of {@code type}. */
    public static void ensure(MongoTemplate mongo, Class<?> type, IndexDefinition... indexes) {
        for (IndexDefinition index : indexes) {
            try {
                mongo.indexOps(type).createIndex(index);
            } catch (DataAccessException unavailable) {
                LoggerFactory.getLogger(Indexes.class).atWarn().setMessage("Index not created")
                        .addKeyValue("collection", mongo.getCollectionName(type))
                        .addKeyValue("index", index.getIndexKeys().toJson())
                        .addKeyValue("error", unavailable.toString()).log();
            }
        }
    }
}
