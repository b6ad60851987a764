package vn.ldld.platform.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * A unique index held in a hash map and rebuilt from the documents when the store opens (the collection fills an
 * empty index it is given). The H2 backend keeps its unique indexes in MVStore maps whose keys it can only order
 * by serializing both sides of every comparison with Java serialization: each lookup and insert paid a dozen such
 * round trips, the largest single cost of an insert.
 */
final class UniqueIndex extends AbstractUniqueIndex<Object> {

    private final Map<KeyValue, Object> positions = new HashMap<>();

    UniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    protected synchronized Object removeDocument(KeyValue key) {
        return positions.remove(key);
    }

    @Override
    protected synchronized boolean putKeyPosition(KeyValue key, Object position) {
        return positions.putIfAbsent(key, position) == null;
    }

    @Override
    protected synchronized Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return List.copyOf(positions.entrySet());
    }

    @Override
    protected synchronized Object getPosition(KeyValue key) {
        return positions.get(key);
    }

    @Override
    public synchronized long getCount() {
        return positions.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public synchronized void drop() {
        positions.clear();
    }
}
