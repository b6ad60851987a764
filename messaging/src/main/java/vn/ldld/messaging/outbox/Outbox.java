package vn.ldld.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.model.Filters;

/**
 * Writes an aggregate and the events it caused in one single-document write, so that neither can exist without the
 * other (no multi-document transaction: this works on a standalone server too). The events wait in the
 * {@value #PENDING_EVENTS} array of the aggregate's document until {@link OutboxRelay} has published them.
 *
 * <p>The aggregate's own fields are written with the application's {@code MongoConverter}; the aggregate class
 * must not map a field named {@value #PENDING_EVENTS}.
 *
 * <p>A large event (a payload over {@value #INLINE_PAYLOAD_LIMIT} bytes, such as the chunks listing a plan's
 * recipients: 40 of about 100 KB for 20,000 units) does not wait in the aggregate's document, which would then carry
 * megabytes until the relay has published them: its payload is written first to the collection
 * {@code <collection>}{@value #PAYLOADS_SUFFIX}, one document per event keyed by the event id, and the aggregate's
 * pending list holds the event without its payload, in its place in the order. The aggregate's write still decides
 * whether the events exist: payloads of a write that did not happen are deleted again, and a crash between the two
 * writes leaves payloads that no pending event names and the relay never reads (space only, never an event).
 */
public class Outbox {

    /** The array field holding the events not yet acknowledged by Kafka. */
    public static final String PENDING_EVENTS = "pendingEvents";
    /** Largest payload, in UTF-8 bytes, that waits inside the aggregate's document. */
    public static final int INLINE_PAYLOAD_LIMIT = 16 * 1024;
    /** Suffix of the collection that holds the larger payloads of an outbox collection's events. */
    public static final String PAYLOADS_SUFFIX = "_outbox_payloads";

    private final MongoTemplate mongo;
    private volatile Runnable afterWrite = () -> { };

    public Outbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Runs {@code action} after every write that added events, in the writing thread: the relay of this process
     * uses it to publish at once instead of waiting for its next scan.
     */
    public void afterWrite(Runnable action) {
        this.afterWrite = action;
    }

    /**
     * Inserts a new aggregate with its events.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a unique index refuses it
     */
    public void insert(Object aggregate, List<OutboxEvent> events) {
        insert(aggregate, Map.of(), events);
    }

    /**
     * Inserts a new aggregate with its events and with fields the aggregate does not map, in the same write (e.g.
     * the idempotency key of the request that created it, kept out of the domain type).
     *
     * @throws org.springframework.dao.DuplicateKeyException when a unique index refuses it
     */
    public void insert(Object aggregate, Map<String, ?> moreFields, List<OutboxEvent> events) {
        Document document = asDocument(aggregate);
        document.putAll(moreFields);
        String collection = mongo.getCollectionName(aggregate.getClass());
        List<String> stored = storeLargePayloads(collection, events);
        document.put(PENDING_EVENTS, events.stream().map(Outbox::pending).toList());
        try {
            mongo.execute(collection, c -> c.insertOne(document));
        } catch (RuntimeException e) {
            forget(collection, stored);
            throw e;
        }
        written(events);
    }

    /**
     * Replaces the aggregate's fields and appends its events, if and only if the stored version is still
     * {@code expectedVersion} ({@code versionField} is the aggregate's own version field; the new aggregate carries
     * the next version).
     *
     * @throws OptimisticLockingFailureException when another write came first
     */
    public void update(Object aggregate, Object id, String versionField, long expectedVersion,
                       List<OutboxEvent> events) {
        Document fields = asDocument(aggregate);
        fields.remove("_id");
        Update update = new Update();
        fields.forEach(update::set);
        Query query = Query.query(Criteria.where("_id").is(id).and(versionField).is(expectedVersion));
        if (!apply(query, update, aggregate.getClass(), events)) {
            throw new OptimisticLockingFailureException(
                    "%s %s is no longer at version %d".formatted(aggregate.getClass().getSimpleName(), id, expectedVersion));
        }
    }

    /**
     * Applies any update to the document matched by {@code query} and appends the events in the same write.
     *
     * @return whether a document matched
     */
    public boolean apply(Query query, Update update, Class<?> aggregateType, List<OutboxEvent> events) {
        String collection = mongo.getCollectionName(aggregateType);
        List<String> stored = storeLargePayloads(collection, events);
        appendTo(update, events);
        boolean matched;
        try {
            matched = mongo.updateFirst(query, update, aggregateType).getMatchedCount() == 1;
        } catch (RuntimeException e) {
            forget(collection, stored);
            throw e;
        }
        if (matched) {
            written(events);
        } else {
            forget(collection, stored);
        }
        return matched;
    }

    /**
     * One change of {@link #applyAll}: an update of the document {@code query} matches, with the events it appends.
     */
    public record Change(Query query, Update update, List<OutboxEvent> events) {
    }

    /**
     * Applies several changes, each as {@link #apply} does, in one unordered bulk write (one command): each document's
     * update and its events still go in one single-document write.
     *
     * @return how many of the changes matched their document
     */
    public int applyAll(Class<?> aggregateType, List<Change> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        String collection = mongo.getCollectionName(aggregateType);
        List<OutboxEvent> events = changes.stream().flatMap(change -> change.events().stream()).toList();
        List<String> stored = storeLargePayloads(collection, events);
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, aggregateType);
        for (Change change : changes) {
            bulk.updateOne(change.query(), appendTo(change.update(), change.events()));
        }
        int matched;
        try {
            matched = bulk.execute().getMatchedCount();
        } catch (RuntimeException e) {
            forget(collection, stored);
            throw e;
        }
        // a large payload of a change that matched nothing stays behind: space only, no pending event names it
        if (matched > 0) {
            written(events);
        }
        return matched;
    }

    /** {@code update}, appending {@code events} to the document's pending events as well. */
    private static Update appendTo(Update update, List<OutboxEvent> events) {
        if (!events.isEmpty()) {
            update.push(PENDING_EVENTS).each(events.stream().map(Outbox::pending).toArray());
        }
        return update;
    }

    /** Whether an event's payload is too large to wait inside its aggregate's document. */
    static boolean isLarge(OutboxEvent event) {
        // a char is at most 3 UTF-8 bytes: count the bytes only when the length leaves the answer open
        String payload = event.payload();
        return payload.length() > INLINE_PAYLOAD_LIMIT
                || payload.length() * 3 > INLINE_PAYLOAD_LIMIT
                && payload.getBytes(StandardCharsets.UTF_8).length > INLINE_PAYLOAD_LIMIT;
    }

    private static Document pending(OutboxEvent event) {
        return isLarge(event) ? event.asDocumentWithoutPayload() : event.asDocument();
    }

    /** Writes the large payloads among {@code events} beside the collection; returns their event ids. */
    private List<String> storeLargePayloads(String collection, List<OutboxEvent> events) {
        List<Document> large = events.stream().filter(Outbox::isLarge)
                .map(e -> new Document("_id", e.metadata().id()).append("key", e.key())
                        .append("createdAt", Date.from(e.metadata().time())).append("payload", e.payload()))
                .toList();
        if (!large.isEmpty()) {
            mongo.getCollection(collection + PAYLOADS_SUFFIX).insertMany(large);
        }
        return large.stream().map(d -> d.getString("_id")).toList();
    }

    /** Deletes the payloads of a write that did not happen (best effort: a leftover is never read). */
    private void forget(String collection, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        try {
            mongo.getCollection(collection + PAYLOADS_SUFFIX).deleteMany(Filters.in("_id", eventIds));
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Outbox.class).warn(
                    "Could not delete the payloads of a write that did not happen; no event names them", e);
        }
    }

    private void written(List<OutboxEvent> events) {
        if (!events.isEmpty()) {
            afterWrite.run();
        }
    }

    private Document asDocument(Object aggregate) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        return document;
    }
}
