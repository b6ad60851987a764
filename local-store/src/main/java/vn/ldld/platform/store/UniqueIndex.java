package vn.ldld.platform.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

/**
 * A unique index held in a hash map and rebuilt from the documents when the store opens (the collection fills an
 * empty index it is given). The H2 backend keeps its unique indexes in MVStore maps whose keys it can only order
 * by serializing both sides of every comparison with Java serialization: each lookup and insert paid a dozen such
 * round trips, the largest single cost of an insert. A compound one also keeps its keys in order (a
 * {@link SecondaryIndex}), so that a query naming a prefix of them (the reports of a plan) is narrowed as well.
 */
final class UniqueIndex extends AbstractUniqueIndex<Object> {

    private final Map<KeyValue, Object> positions = new HashMap<>();
    /** For a compound index, the same keys in order, so that a prefix of them narrows a query too. */
    private final SecondaryIndex ordered;

    UniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.ordered = keys.size() > 1 ? new SecondaryIndex(name, keys, sparse) : null;
    }

    /**
     * The positions of the documents that may meet the conditions on a prefix of this compound index's keys, or
     * null (a single-key index, or no prefix named).
     */
    Collection<Object> candidates(Map<String, List<Object>> conditions, int limit) {
        return ordered == null ? null : ordered.candidates(conditions, limit);
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        super.add(document, position, collection);
        if (ordered != null) {
            ordered.add(document, position, collection);
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = super.remove(document);
        if (ordered != null) {
            ordered.remove(document);
        }
        return position;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) throws KeyConstraintError {
        super.updateInPlace(oldDocument, newDocument, position, collection);
        if (ordered != null) {
            ordered.updateInPlace(oldDocument, newDocument, position, collection);
        }
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
        if (ordered != null) {
            ordered.drop();
        }
    }
}
