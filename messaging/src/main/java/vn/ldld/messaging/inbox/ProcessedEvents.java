package vn.ldld.messaging.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.core.instrument.MeterRegistry;
import vn.ldld.messaging.cloudevents.InboundEvent;

/**
 * The inbox: applies each event ({@code ce_id}) once per consumer, whatever Kafka redelivers and however many
 * instances share the consumer group. A unique {@code _id} of consumer and event id marks the event, first as in
 * progress, then as done once the effect has been applied.
 *
 * <ul>
 *   <li>Done already: the event is skipped.</li>
 *   <li>In progress by another instance (lease still running): {@link EventInProgressException}, retried later.</li>
 *   <li>In progress with an expired lease (the instance died mid-effect): taken over and applied again, so an
 *       effect interrupted by a crash is never lost; effects should be written as upserts on natural keys so that
 *       re-applying one is harmless.</li>
 *   <li>The effect fails: the mark is removed, so the retry (or a replay from the dead-letter topic) runs it.</li>
 * </ul>
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration lease;
    private final MeterRegistry meters;

    public ProcessedEvents(MongoTemplate mongo, Clock clock, Duration lease, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        this.lease = lease;
        this.meters = meters;
    }

    /**
     * Runs {@code effect} unless {@code consumer} has already applied this event.
     *
     * @return whether the effect ran
     */
    public boolean once(String consumer, InboundEvent event, Runnable effect) {
        String id = consumer + "/" + event.id();
        if (!claim(id, event)) {
            meters.counter("events.duplicates", "consumer", consumer, "type", event.type()).increment();
            return false;
        }
        try {
            effect.run();
        } catch (RuntimeException e) {
            mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
            throw e;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("state", "DONE").set("doneAt", Date.from(clock.instant())), COLLECTION);
        meters.counter("events.applied", "consumer", consumer, "type", event.type()).increment();
        return true;
    }

    /** Forgets every event of one consumer, for a rebuild that replays its topics from the beginning. */
    public void forget(String consumer) {
        mongo.remove(Query.query(Criteria.where("_id").regex("^" + java.util.regex.Pattern.quote(consumer + "/"))),
                COLLECTION);
    }

    private boolean claim(String id, InboundEvent event) {
        Instant now = clock.instant();
        try {
            mongo.insert(new Document("_id", id).append("state", "IN_PROGRESS")
                    .append("type", event.type()).append("leaseUntil", Date.from(now.plus(lease)))
                    .append("receivedAt", Date.from(now)), COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            Document existing = mongo.findById(id, Document.class, COLLECTION);
            if (existing == null || "DONE".equals(existing.getString("state"))) {
                return false;
            }
            Query expired = Query.query(Criteria.where("_id").is(id).and("state").is("IN_PROGRESS")
                    .and("leaseUntil").lt(Date.from(now)));
            boolean takenOver = mongo.updateFirst(expired,
                    new Update().set("leaseUntil", Date.from(now.plus(lease))), COLLECTION).getModifiedCount() == 1;
            if (!takenOver) {
                throw new EventInProgressException(id);
            }
            return true;
        }
    }
}
