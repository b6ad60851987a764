package vn.ldld.platform.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;

import org.h2.mvstore.MVMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentComparator;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An H2 collection that answers a query from the narrowest index that covers it, then checks the whole query on
 * the documents that index names (see {@link IndexedH2Backend}). Queries no index narrows are answered as before.
 */
class IndexedH2Collection extends H2Collection {

    private static final Logger log = LoggerFactory.getLogger(IndexedH2Collection.class);

    /** How many documents a walk in index order may read that do not match before the query is narrowed otherwise. */
    private static final int MAX_EXAMINED = 1_000;
    /** Candidates few enough to read and sort for a sorted query with a limit, rather than walk an index in order. */
    private static final int FEW_TO_SORT = 256;

    private final Set<String> scannedShapes = new HashSet<>();
    private long fullScans;
    private long walksInIndexOrder;

    private final MVMap<Object, Document> data;

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, data, meta, cursorRegistry);
        this.data = data;
    }

    /**
     * The collection's data size is not kept on every write: that took the BSON size of the document before and
     * after each insert, update and delete, and a logged write of the total to the collection's metadata. It is
     * summed when {@code collStats} asks for it instead.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected int getDataSize() {
        if (data == null) {
            return super.getDataSize(); // H2Collection's constructor logs the size last kept, before this one ran
        }
        long size = 0;
        for (Document document : data.values()) {
            size += BsonDocumentType.bsonSize(document);
        }
        return (int) Math.min(size, Integer.MAX_VALUE);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
                                         int batchSize, Document projection) {
        if (query == null || query.isEmpty() || getIndexes().stream().anyMatch(index -> index.canHandle(query))) {
            return super.queryDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, projection);
        }
        Collection<Object> candidates = null;
        if (numberToSkip == 0 && numberToReturn > 0 && orderBy != null && !orderBy.isEmpty()
                && !orderBy.containsKey("$natural")) {
            // an index that names a few documents (a unit's due e-mails) answers before a walk in sort order, which
            // reads up to MAX_EXAMINED documents of others when the few are not among the first
            candidates = candidates(query, FEW_TO_SORT);
            if (candidates == null) {
                Collection<Object> first = firstInIndexOrder(query, orderBy, numberToReturn);
                if (first != null) {
                    walksInIndexOrder++;
                    return matchDocuments(query, first, orderBy, numberToSkip, numberToReturn, batchSize, projection);
                }
            }
        }
        if (candidates == null) {
            candidates = candidates(query, Integer.MAX_VALUE);
        }
        if (candidates != null) {
            if (numberToSkip == 0 && numberToReturn > 0 && candidates.size() > numberToReturn
                    && orderBy != null && !orderBy.isEmpty() && !orderBy.containsKey("$natural")) {
                candidates = firstInOrder(query, candidates, orderBy, numberToReturn);
            }
            return matchDocuments(query, candidates, orderBy, numberToSkip, numberToReturn, batchSize, projection);
        }
        fullScans++;
        String shape = shape(query);
        // the server's own bookkeeping (system.indexes, system.namespaces) is small and not the services' doing
        if (!getCollectionName().startsWith("system.") && scannedShapes.add(shape)) {
            log.info("Reading every document of {} for a query no index narrows: {}", getFullName(), shape);
        }
        return super.queryDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, projection);
    }

    /**
     * The positions of the first {@code limit} matching documents (and those tying with the last), read in the order
     * of an index that sorts as {@code orderBy} asks, or null when no index does or when the walk would read too
     * many documents that do not match. With one {@code $or}, each branch is walked on its own and the caller sorts
     * the union: the first of the whole are among the first of the branches.
     */
    private Collection<Object> firstInIndexOrder(Document query, Document orderBy, int limit) {
        Map<String, List<Object>> conditions = new LinkedHashMap<>();
        List<List<?>> alternatives = new ArrayList<>();
        collectConditions(query, conditions, alternatives);
        if (alternatives.size() > 1) {
            return null;
        }
        int maxExamined = Math.max(MAX_EXAMINED, limit * 10);
        Predicate<Object> matches = position -> {
            Document document = getDocument(position);
            return document != null && documentMatchesQuery(document, query);
        };
        if (alternatives.isEmpty()) {
            return firstInOrder(conditions, orderBy, limit, maxExamined, matches);
        }
        Set<Object> union = new LinkedHashSet<>();
        for (Object branch : alternatives.get(0)) {
            if (!(branch instanceof Document document) || document.isEmpty()) {
                return null;
            }
            Map<String, List<Object>> branchConditions = new LinkedHashMap<>();
            conditions.forEach((key, values) -> branchConditions.put(key, new ArrayList<>(values)));
            List<List<?>> nested = new ArrayList<>();
            collectConditions(document, branchConditions, nested);
            if (!nested.isEmpty()) {
                return null;
            }
            Collection<Object> some = firstInOrder(branchConditions, orderBy, limit, maxExamined, matches);
            if (some == null) {
                return null;
            }
            union.addAll(some);
        }
        return union;
    }

    private Collection<Object> firstInOrder(Map<String, List<Object>> conditions, Document orderBy, int limit,
                                            int maxExamined, Predicate<Object> matches) {
        for (Index<Object> index : getIndexes()) {
            if (index instanceof SecondaryIndex secondary) {
                Collection<Object> first = secondary.firstInOrder(conditions, orderBy, limit, maxExamined, matches);
                if (first != null) {
                    return first;
                }
            }
        }
        return null;
    }

    /**
     * The positions of the first {@code limit} matching documents in the requested order, kept in a bounded heap
     * rather than sorting every match: a claim of the oldest due notification among thousands due reads them once
     * and sorts one.
     */
    private List<Object> firstInOrder(Document query, Collection<Object> candidates, Document orderBy, int limit) {
        Comparator<Document> order = new DocumentComparator(orderBy);
        PriorityQueue<Document> first = new PriorityQueue<>(limit + 1, order.reversed());
        for (Object position : candidates) {
            Document document = getDocument(position);
            if (document != null && documentMatchesQuery(document, query)) {
                first.add(document);
                if (first.size() > limit) {
                    first.poll();
                }
            }
        }
        List<Object> positions = new ArrayList<>(first.size());
        for (Document document : first) {
            positions.add(document.get(getIdField()));
        }
        return positions;
    }

    /** Sorted queries with a limit answered by reading an index in the order asked, since the store opened. */
    synchronized long walksInIndexOrder() {
        return walksInIndexOrder;
    }

    /** Documents the secondary indexes have named for queries, since the store opened. */
    long candidatesNamed() {
        return getIndexes().stream().filter(SecondaryIndex.class::isInstance).map(SecondaryIndex.class::cast)
                .mapToLong(SecondaryIndex::named).sum();
    }

    /** Queries with conditions answered by reading every document of the collection, since the store opened. */
    synchronized long fullScans() {
        return fullScans;
    }

    /**
     * The positions of the documents that may match, from the narrowest index, or null when no index narrows the
     * query. A unique index answers when the query names each of its keys; a secondary index by a prefix of its
     * keys; a {@code $or} when each of its branches is narrowed.
     */
    private Collection<Object> candidates(Document query, int limit) {
        Map<String, List<Object>> conditions = new LinkedHashMap<>();
        List<List<?>> alternatives = new ArrayList<>();
        collectConditions(query, conditions, alternatives);
        Collection<Object> narrowest = null;
        List<SecondaryIndex> secondaries = new ArrayList<>();
        for (Index<Object> index : getIndexes()) {
            if (index instanceof SecondaryIndex secondary) {
                if (secondary.closeness(conditions) > 0) {
                    secondaries.add(secondary);
                }
            } else if (index.isUnique()) {
                Document keys = uniqueKeys(conditions, index);
                if (keys != null && index.canHandle(keys)) {
                    List<Object> positions = new ArrayList<>();
                    index.getPositions(keys).forEach(positions::add);
                    return positions;
                }
                Collection<Object> some = index instanceof UniqueIndex unique
                        ? unique.candidates(conditions, narrower(narrowest, limit)) : null;
                if (some != null) {
                    narrowest = some;
                }
            }
        }
        // the closest index first; each next one gives up once it names as many as the narrowest so far
        secondaries.sort(Comparator.comparingInt((SecondaryIndex index) -> index.closeness(conditions)).reversed());
        for (SecondaryIndex secondary : secondaries) {
            Collection<Object> some = secondary.candidates(conditions, narrower(narrowest, limit));
            if (some != null) {
                narrowest = some;
            }
        }
        for (List<?> branches : alternatives) {
            Collection<Object> union = union(branches, narrower(narrowest, limit));
            if (union != null && (narrowest == null || union.size() < narrowest.size())) {
                narrowest = union;
            }
        }
        return narrowest;
    }

    /** The most candidates another index may name and still be narrower than {@code narrowest}, and within limit. */
    private static int narrower(Collection<Object> narrowest, int limit) {
        return narrowest == null ? limit : Math.min(limit, narrowest.size() - 1);
    }

    /**
     * The documents that may match any of the branches of a {@code $or}, or null when one of them is not narrowed
     * or they name more than {@code limit}.
     */
    private Collection<Object> union(List<?> branches, int limit) {
        Set<Object> union = new LinkedHashSet<>();
        for (Object branch : branches) {
            Collection<Object> some = branch instanceof Document document && !document.isEmpty()
                    ? candidates(document, limit) : null;
            if (some == null) {
                return null;
            }
            union.addAll(some);
            if (union.size() > limit) {
                return null;
            }
        }
        return union;
    }

    /**
     * The conditions every matching document meets, by key: the query's own fields and those of its
     * {@code $and}, at any depth; and the branches of each {@code $or} ({@code $nor} and {@code $expr} narrow
     * nothing).
     */
    private static void collectConditions(Document query, Map<String, List<Object>> conditions,
                                          List<List<?>> alternatives) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            if (key.equals("$and") && entry.getValue() instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document document) {
                        collectConditions(document, conditions, alternatives);
                    }
                }
            } else if (key.equals("$or") && entry.getValue() instanceof List<?> branches) {
                alternatives.add(branches);
            } else if (!key.startsWith("$")) {
                conditions.computeIfAbsent(key, k -> new ArrayList<>()).add(entry.getValue());
            }
        }
    }

    /** The query with its values left out, as the log names it once per shape. */
    private static String shape(Object query) {
        if (query instanceof Document document) {
            StringBuilder shape = new StringBuilder("{");
            document.forEach((key, value) -> shape.append(shape.length() > 1 ? ", " : "").append(key).append(": ")
                    .append(shape(value)));
            return shape.append('}').toString();
        }
        if (query instanceof Collection<?> values) {
            return values.stream().map(IndexedH2Collection::shape).distinct().toList().toString();
        }
        return "?";
    }

    /** A condition on each key of the unique index, or null when a key has none. */
    private static Document uniqueKeys(Map<String, List<Object>> conditions, Index<Object> index) {
        Document keys = new Document();
        for (IndexKey key : index.getKeys()) {
            List<Object> some = conditions.get(key.getKey());
            if (some == null) {
                return null;
            }
            keys.put(key.getKey(), some.get(0));
        }
        return keys;
    }
}
