package vn.ldld.messaging.outbox;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes an aggregate and the events it caused in one single-document write, so that neither can exist without the
 * other (no multi-document transaction: this works on a standalone server too). The events wait in the
 * {@value #PENDING_EVENTS} array of the aggregate's document until {@link OutboxRelay} has published them.
 *
 * <p>The aggregate's own fields are written with the application's {@code MongoConverter}; the aggregate class
 * must not map a field named {@value #PENDING_EVENTS}.
 */
public class Outbox {

    /** The array field holding the events not yet acknowledged by Kafka. */
    public static final String PENDING_EVENTS = "pendingEvents";

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
        document.put(PENDING_EVENTS, events.stream().map(OutboxEvent::asDocument).toList());
        String collection = mongo.getCollectionName(aggregate.getClass());
        mongo.execute(collection, c -> c.insertOne(document));
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
        if (!events.isEmpty()) {
            update.push(PENDING_EVENTS).each(events.stream().map(OutboxEvent::asDocument).toArray());
        }
        boolean matched = mongo.updateFirst(query, update, aggregateType).getMatchedCount() == 1;
        if (matched) {
            written(events);
        }
        return matched;
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
