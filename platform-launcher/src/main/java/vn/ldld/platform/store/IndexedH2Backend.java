package vn.ldld.platform.store;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * mongo-java-server's H2 file backend, with two things a MongoDB server does and the plain backend does not:
 * <ul>
 * <li>a query naming every key of a unique index with equality (say {@code _id} and a version, for a
 * compare-and-set update) is answered from that index, the other conditions checked on the one document found,
 * instead of reading the whole collection;</li>
 * <li>non-unique indexes exist ({@link SecondaryIndex}): kept in memory, rebuilt from the documents when the store
 * opens, they answer equality, {@code $in} and {@code $exists: true} on their first key.</li>
 * <li>indexes live in memory ({@link UniqueIndex}, {@link SecondaryIndex}) and are rebuilt from the documents when
 * the store opens; documents stay in the H2 file.</li>
 * </ul>
 * Without them every such query reads and matches each document of the collection, so the cost of a write grows
 * with the collection: the relay's scan for pending events, an inbox check, a compare-and-set update each became
 * slower with every report stored.
 */
public class IndexedH2Backend extends H2Backend {

    /** Page cache of the store, in MB (MVStore's default is 16): pages evicted are read back by deserializing. */
    static final int CACHE_MB = 256;

    public IndexedH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MB).open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }
}
