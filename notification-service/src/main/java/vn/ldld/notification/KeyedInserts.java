package vn.ldld.notification;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.ldld.messaging.store.KeyedWrites;
import vn.ldld.messaging.store.KeyedWrites.Refused;

/**
 * Inserts documents keyed on a natural key, many in one command: one unordered insert, in which a document whose
 * key is there already (the same notification, entry or delivery written before a crash, or by an earlier version)
 * is refused alone and left as it is, while the others are inserted.
 */
public final class KeyedInserts {

    private KeyedInserts() {
    }

    /**
     * Inserts those of {@code documents} whose key is not there yet, in one unordered insert.
     *
     * @return the positions in {@code documents} of those that were there already
     * @throws BulkOperationException when a document was refused for another reason than its key
     */
    public static Set<Integer> insertNew(MongoTemplate mongo, List<?> documents, Class<?> type) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        Refused refused = KeyedWrites.execute(mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type)
                .insert(documents));
        // a store that does not say which was refused: one by one, as the keys decide
        return refused.named() ? refused.positions() : insertOneByOne(mongo, documents);
    }

    private static Set<Integer> insertOneByOne(MongoTemplate mongo, List<?> documents) {
        Set<Integer> present = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            try {
                mongo.insert(documents.get(i));
            } catch (DuplicateKeyException already) {
                present.add(i);
            }
        }
        return present;
    }
}
