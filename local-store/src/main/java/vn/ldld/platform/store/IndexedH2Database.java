package vn.ldld.platform.store;

import java.util.List;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * An H2 database whose collections plan queries over their indexes, whose indexes are held in memory (rebuilt when
 * the store opens) and whose non-unique indexes exist.
 */
class IndexedH2Database extends H2Database {

    /** H2Database opens its existing collections inside its constructor, before a field of this class is set. */
    private static final ThreadLocal<ChangeLog> OPENING = new ThreadLocal<>();

    private final ChangeLog changeLog;

    private IndexedH2Database(String databaseName, ChangeLog changeLog, CursorRegistry cursorRegistry) {
        super(databaseName, changeLog.store(), cursorRegistry);
        this.changeLog = changeLog;
    }

    static IndexedH2Database open(String databaseName, ChangeLog changeLog, CursorRegistry cursorRegistry) {
        OPENING.set(changeLog);
        try {
            return new IndexedH2Database(databaseName, changeLog, cursorRegistry);
        } finally {
            OPENING.remove();
        }
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        // the same map names as H2Database, so a data file the plain H2 backend wrote opens here (not the reverse:
        // documents are written as BSON from then on)
        String namespace = getFullCollectionNamespace(collectionName);
        ChangeLog log = changeLog != null ? changeLog : OPENING.get();
        // documents written as BSON (BsonDocumentType), keys as H2 writes them; every change logged
        MVMap<Object, Document> data = log.openMap(ChangeLog.DOCUMENTS_PREFIX + namespace);
        MVMap<String, Object> meta = log.openMap("meta." + namespace);
        return new IndexedH2Collection(this, collectionName, options, data, meta, cursorRegistry);
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        changeLog.commitNow();
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        changeLog.commitNow();
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        super.moveCollection(oldDatabase, collection, newCollectionName);
        changeLog.commitNow();
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        return new UniqueIndex(indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        return new SecondaryIndex(indexName, keys, sparse);
    }
}
