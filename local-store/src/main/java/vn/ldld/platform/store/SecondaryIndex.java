package vn.ldld.platform.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index, possibly compound, held in memory as an ordered map from the indexed values to the documents
 * holding them, and rebuilt from the documents when the store opens (the collection fills an empty index it is
 * given). Like a MongoDB index it narrows a query by equality ({@code v}, {@code $eq}, {@code $in}) on a prefix
 * of its keys, then optionally a range ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}) on the next key; and
 * {@code $exists: true} on its first key. A missing value is indexed as null and values inside arrays one by one.
 *
 * <p>The collection checks the whole query on the documents named, so the index may name more than match (bounds
 * are taken inclusively, values of other types within the bounds are included). The wire server's own planner never
 * picks it ({@link #canHandle} is false): {@link IndexedH2Collection} asks it for {@link #candidates} instead.
 * Positions are the collection's document keys (the {@code _id} values).
 */
final class SecondaryIndex extends Index<Object> {

    /** At most this many equality prefixes ({@code $in} lists multiply) before the index stops narrowing further. */
    private static final int MAX_PREFIXES = 256;

    private final List<String> keys;
    /**
     * Tuple of indexed values → the position holding it, or {@link Positions} when several do. Most tuples belong to
     * one document (a plan, phase and unit; an inbox id): a set per tuple cost several hundred bytes per document,
     * which the store's heap paid for every document of every indexed collection.
     */
    private final NavigableMap<List<Object>, Object> entries = new TreeMap<>(SecondaryIndex::compareTuples);
    /** Position → its one tuple, or {@link Tuples} when its arrays give it several. */
    private final Map<Object, Object> byPosition = new HashMap<>();
    /**
     * Positions whose document has the first key, for {@code $exists: true}; kept for sparse indexes only (the
     * outbox relays' pending events), where it is small. A full index does not narrow {@code $exists}.
     */
    private final Set<Object> present = new LinkedHashSet<>();
    /** Positions this index has named for queries, since the store opened (to see how much a query walks). */
    private long named;
    /** Set when a value could not be indexed: from then on the index narrows nothing (queries read everything). */
    private boolean broken;

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.keys = keys.stream().map(IndexKey::getKey).toList();
    }

    /**
     * The positions of the documents that may meet the conditions (by key, all of which a document must meet), or
     * null when this index cannot narrow them.
     */
    synchronized Collection<Object> candidates(Map<String, List<Object>> conditions) {
        return candidates(conditions, Integer.MAX_VALUE);
    }

    /**
     * As {@link #candidates(Map)}, but gives up (null) as soon as more than {@code limit} documents are named: the
     * caller already holds a narrower set from another index, and naming every pending notification to discard them
     * for the one unit's few cost more than the query itself.
     */
    synchronized Collection<Object> candidates(Map<String, List<Object>> conditions, int limit) {
        if (broken) {
            return null;
        }
        List<List<Object>> prefixes = new ArrayList<>();
        prefixes.add(List.of());
        Object[] range = null;
        for (String key : keys) {
            List<Object> values = equality(conditions.getOrDefault(key, List.of()));
            if (values != null && prefixes.size() * values.size() <= MAX_PREFIXES) {
                prefixes = extended(prefixes, values);
                continue;
            }
            range = range(conditions.getOrDefault(key, List.of()));
            break;
        }
        if (prefixes.get(0).isEmpty() && range == null) {
            return isSparse() && exists(conditions.getOrDefault(keys.get(0), List.of())) && present.size() <= limit
                    ? new ArrayList<>(present) : null;
        }
        Set<Object> positions = new LinkedHashSet<>();
        for (List<Object> prefix : prefixes) {
            List<Object> low = new ArrayList<>(prefix);
            List<Object> high = new ArrayList<>(prefix);
            if (range != null) {
                low.add(range[0]);
                high.add(range[1]);
            }
            while (low.size() < keys.size()) {
                low.add(Bound.LOWEST);
                high.add(Bound.HIGHEST);
            }
            for (Object held : entries.subMap(low, true, high, true).values()) {
                if (held instanceof Positions many && many.size() > limit) {
                    // one value held by more documents than the limit: copying them first cost more than the
                    // query (20,000 due e-mails, named for a claim that takes one)
                    return null;
                }
                addPositions(held, positions);
                if (positions.size() > limit) {
                    named += positions.size();
                    return null;
                }
            }
        }
        named += positions.size();
        return positions;
    }

    synchronized long named() {
        return named;
    }

    /**
     * How closely this index can narrow the conditions: the number of its leading keys they set by equality, plus
     * one when the next key has a range; 0 when it cannot narrow them. The collection asks the closest first.
     */
    synchronized int closeness(Map<String, List<Object>> conditions) {
        if (broken) {
            return 0;
        }
        if (isSparse() && exists(conditions.getOrDefault(keys.get(0), List.of()))) {
            return 1;
        }
        int matched = 0;
        for (String key : keys) {
            List<Object> keyConditions = conditions.getOrDefault(key, List.of());
            if (equality(keyConditions) != null) {
                matched++;
                continue;
            }
            if (range(keyConditions) != null) {
                matched++;
            }
            break;
        }
        return matched;
    }

    /**
     * Walks this index in the order {@code orderBy} asks for and returns the positions of the first documents
     * {@code matches} accepts: at least {@code limit} of them, plus every one that ties with the last on the sort
     * keys the index orders by (the caller sorts them fully and keeps {@code limit}). It reads the documents one by
     * one in index order and stops there, instead of naming every candidate and sorting them: a claim of the 20
     * oldest due notifications among thousands due reads about 20.
     *
     * @return the positions, or null when this index cannot give that order for these conditions (an equality on
     *         each key before the sort keys, the sort keys next in the index, all in one direction), or when more
     *         than {@code maxExamined} documents were read without finding enough (the caller narrows otherwise)
     */
    synchronized Collection<Object> firstInOrder(Map<String, List<Object>> conditions, Document orderBy, int limit,
                                                 int maxExamined, Predicate<Object> matches) {
        if (broken || orderBy.isEmpty()) {
            return null;
        }
        List<String> sortKeys = new ArrayList<>(orderBy.keySet());
        List<Object> prefix = new ArrayList<>();
        int first = 0;
        while (first < keys.size() && !keys.get(first).equals(sortKeys.get(0))) {
            List<Object> values = equality(conditions.getOrDefault(keys.get(first), List.of()));
            if (values == null || values.size() != 1) {
                return null;
            }
            prefix.add(values.get(0));
            first++;
        }
        int shared = 0;
        int direction = 0;
        while (shared < sortKeys.size() && first + shared < keys.size()
                && sortKeys.get(shared).equals(keys.get(first + shared))) {
            int sign = orderBy.get(sortKeys.get(shared)) instanceof Number n ? Integer.signum(n.intValue()) : 0;
            if (sign == 0 || (direction != 0 && sign != direction)) {
                break;
            }
            direction = sign;
            shared++;
        }
        if (shared == 0) {
            return null;
        }
        Object[] range = range(conditions.getOrDefault(keys.get(first), List.of()));
        List<Object> low = new ArrayList<>(prefix);
        List<Object> high = new ArrayList<>(prefix);
        low.add(range != null ? range[0] : Bound.LOWEST);
        high.add(range != null ? range[1] : Bound.HIGHEST);
        while (low.size() < keys.size()) {
            low.add(Bound.LOWEST);
            high.add(Bound.HIGHEST);
        }
        NavigableMap<List<Object>, Object> walk = entries.subMap(low, true, high, true);
        if (direction < 0) {
            walk = walk.descendingMap();
        }
        Set<Object> found = new LinkedHashSet<>();
        List<Object> lastTuple = null;
        int examined = 0;
        for (Map.Entry<List<Object>, Object> entry : walk.entrySet()) {
            List<Object> tuple = entry.getKey().subList(first, first + shared);
            if (found.size() >= limit && compareTuples(tuple, lastTuple) != 0) {
                return found;
            }
            for (Object position : positions(entry.getValue())) {
                if (++examined > maxExamined) {
                    return null;
                }
                if (!found.contains(position) && matches.test(position)) {
                    found.add(position);
                    lastTuple = tuple;
                }
            }
        }
        return found;
    }

    /** The values one of the conditions allows, when it is an equality the index can look up; else null. */
    private static List<Object> equality(List<Object> conditions) {
        for (Object condition : conditions) {
            if (!isOperators(condition)) {
                if (indexable(condition)) {
                    return Collections.singletonList(condition);
                }
                continue;
            }
            Document operators = (Document) condition;
            if (operators.size() != 1) {
                continue;
            }
            if (operators.containsKey("$eq") && indexable(operators.get("$eq"))) {
                return Collections.singletonList(operators.get("$eq"));
            }
            if (operators.get("$in") instanceof Collection<?> values && !values.isEmpty()
                    && values.stream().allMatch(SecondaryIndex::indexable)) {
                return values.stream().<Object>map(v -> v).distinct().toList();
            }
        }
        return null;
    }

    /** The inclusive bounds the conditions set on a key ({@link Bound} where open), or null when none does. */
    private static Object[] range(List<Object> conditions) {
        Object low = Bound.LOWEST;
        Object high = Bound.HIGHEST;
        boolean bounded = false;
        for (Object condition : conditions) {
            if (!isOperators(condition)) {
                continue;
            }
            for (Map.Entry<String, Object> operator : ((Document) condition).entrySet()) {
                Object value = operator.getValue();
                if (!indexable(value) || value == null) {
                    continue;
                }
                switch (operator.getKey()) {
                    case "$gt", "$gte" -> {
                        low = low == Bound.LOWEST || compareValues(value, low) > 0 ? value : low;
                        bounded = true;
                    }
                    case "$lt", "$lte" -> {
                        high = high == Bound.HIGHEST || compareValues(value, high) < 0 ? value : high;
                        bounded = true;
                    }
                    default -> {
                        // other operators do not bound the key
                    }
                }
            }
        }
        return bounded ? new Object[] {low, high} : null;
    }

    private static boolean exists(List<Object> conditions) {
        return conditions.stream().anyMatch(c -> isOperators(c) && ((Document) c).size() == 1
                && ((Document) c).containsKey("$exists") && Utils.isTrue(((Document) c).get("$exists")));
    }

    private static boolean isOperators(Object condition) {
        return condition instanceof Document document && !document.isEmpty()
                && document.keySet().stream().allMatch(k -> k.startsWith("$"));
    }

    /** Arrays match element-wise and patterns by regular expression: equality on the index cannot answer those. */
    private static boolean indexable(Object value) {
        return !(value instanceof Collection || value instanceof Pattern || value instanceof BsonRegularExpression
                || value instanceof Missing);
    }

    private void put(Object position, Document document) {
        List<List<Object>> tuples = new ArrayList<>();
        tuples.add(new ArrayList<>());
        for (String key : keys) {
            Object value = Utils.getSubdocumentValueCollectionAware(document, key);
            if (isSparse() && key.equals(keys.get(0)) && exists(document, key.split("\\."), 0)) {
                present.add(position);
            }
            List<Object> values = new ArrayList<>();
            if (value instanceof Collection<?> elements && !elements.isEmpty()) {
                for (Object element : elements) {
                    values.add(element instanceof Missing ? null : element);
                }
            } else {
                values.add(value instanceof Missing || value instanceof Collection ? null : value);
            }
            tuples = extended(tuples, values);
        }
        Set<List<Object>> distinct = new LinkedHashSet<>(tuples);
        Tuples stored = new Tuples(distinct.size());
        for (List<Object> tuple : distinct) {
            List<Object> compact = Arrays.asList(tuple.toArray());
            List<Object> known = entries.ceilingKey(compact);
            if (known != null && compareTuples(known, compact) == 0) {
                compact = known; // documents sharing a tuple share its list
            } else {
                shareValues(compact, known);
                shareValues(compact, entries.floorKey(compact));
            }
            stored.add(compact);
            entries.merge(compact, position, SecondaryIndex::morePositions);
        }
        byPosition.put(position, stored.size() == 1 ? stored.get(0) : stored);
    }

    /**
     * Makes {@code tuple} hold its neighbour's instance of each leading value they share: the plan id, status or
     * kind that thousands of documents repeat is then held once, not once per document.
     */
    private static void shareValues(List<Object> tuple, List<Object> neighbour) {
        if (neighbour == null) {
            return;
        }
        for (int i = 0; i < tuple.size() && i < neighbour.size(); i++) {
            Object value = tuple.get(i);
            Object known = neighbour.get(i);
            if (value == known) {
                continue;
            }
            if (value == null || known == null || value.getClass() != known.getClass() || !value.equals(known)) {
                return;
            }
            tuple.set(i, known);
        }
    }

    /** What {@link #entries} holds for a tuple once {@code added} holds it too. */
    private static Object morePositions(Object held, Object added) {
        Positions positions = held instanceof Positions many ? many : new Positions(held);
        positions.add(added);
        return positions;
    }

    private static Collection<Object> positions(Object held) {
        return held instanceof Positions many ? many : List.of(held);
    }

    private static void addPositions(Object held, Collection<Object> into) {
        if (held instanceof Positions many) {
            into.addAll(many);
        } else {
            into.add(held);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> tuples(Object stored) {
        return stored instanceof Tuples several ? several : List.of((List<Object>) stored);
    }

    /** Several documents holding one tuple, in the order they were indexed. */
    private static final class Positions extends LinkedHashSet<Object> {
        private static final long serialVersionUID = 1L;

        Positions(Object first) {
            add(first);
        }
    }

    /** The tuples of one document whose arrays give it several. */
    private static final class Tuples extends ArrayList<List<Object>> {
        private static final long serialVersionUID = 1L;

        Tuples(int size) {
            super(size);
        }
    }

    /** Each tuple followed by each value (the tuples of one more key). */
    private static List<List<Object>> extended(List<List<Object>> tuples, List<Object> values) {
        List<List<Object>> longer = new ArrayList<>(tuples.size() * values.size());
        for (List<Object> tuple : tuples) {
            for (Object value : values) {
                List<Object> next = new ArrayList<>(tuple);
                next.add(value);
                longer.add(next);
            }
        }
        return longer;
    }

    /** Whether the path names a value, as {@code $exists: true} sees it (through arrays, element by element). */
    private static boolean exists(Object value, String[] path, int depth) {
        if (depth == path.length) {
            return true;
        }
        if (value instanceof Document document) {
            return document.containsKey(path[depth]) && exists(document.get(path[depth]), path, depth + 1);
        }
        if (value instanceof Collection<?> elements) {
            return elements.stream().anyMatch(element -> exists(element, path, depth));
        }
        return false;
    }

    private void forget(Object position) {
        present.remove(position);
        Object stored = byPosition.remove(position);
        if (stored == null) {
            return;
        }
        for (List<Object> tuple : tuples(stored)) {
            Object held = entries.get(tuple);
            if (held instanceof Positions many) {
                many.remove(position);
                if (many.size() == 1) {
                    entries.put(tuple, many.iterator().next());
                }
            } else if (held != null && held.equals(position)) {
                entries.remove(tuple);
            }
        }
    }

    private static int compareTuples(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = compareValues(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareValues(Object a, Object b) {
        if (a instanceof Bound || b instanceof Bound) {
            return Integer.compare(Bound.rank(a), Bound.rank(b));
        }
        return VALUES.compare(a, b);
    }

    private static final Comparator<Object> VALUES = ValueComparator.ascWithoutListHandling();

    /** Ends of an open range, below and above every value. */
    private enum Bound {
        LOWEST, HIGHEST;

        static int rank(Object value) {
            return value == LOWEST ? -1 : value == HIGHEST ? 1 : 0;
        }
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        guarded(() -> put(position, document));
    }

    /** A value the ordering cannot place must not fail the write: the index gives up narrowing instead. */
    private void guarded(Runnable change) {
        if (broken) {
            return;
        }
        try {
            change.run();
        } catch (RuntimeException e) {
            broken = true;
            entries.clear();
            byPosition.clear();
            present.clear();
            LoggerFactory.getLogger(SecondaryIndex.class).warn("Index {} no longer narrows queries", getName(), e);
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = document.get("_id");
        guarded(() -> forget(position));
        return position;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        if (sameIndexedValues(oldDocument, newDocument)) {
            return; // most updates (a status, a mark) leave the fields of most indexes as they were
        }
        guarded(() -> {
            forget(position);
            put(position, newDocument);
        });
    }

    /** Whether both documents hold equal values of the same types at every key of this index. */
    private boolean sameIndexedValues(Document oldDocument, Document newDocument) {
        for (String key : keys) {
            Object before = Utils.getSubdocumentValueCollectionAware(oldDocument, key);
            Object after = Utils.getSubdocumentValueCollectionAware(newDocument, key);
            if (!Objects.equals(before, after) || before != null && after != null
                    && before.getClass() != after.getClass()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: any document may be added
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: any update is allowed
    }

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        return new ArrayList<>(byPosition.keySet());
    }

    @Override
    public synchronized long getCount() {
        return byPosition.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        entries.clear();
        byPosition.clear();
        present.clear();
    }
}
