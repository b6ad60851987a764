package vn.ldld.messaging.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.core.instrument.MeterRegistry;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.store.KeyedWrites;

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
 *   <li>In progress by an earlier run of this same instance ({@code messaging.instance-id}, which a restarted
 *       process keeps): that run is dead, so the event is taken over at once instead of when the lease runs out.
 *       Likewise one this process left in progress when its database went away in the middle of the effect (the
 *       mark could not be removed either) and is not applying any more.</li>
 *   <li>The effect fails: the mark is removed, so the retry (or a replay from the dead-letter topic) runs it.</li>
 * </ul>
 *
 * <p>Marking an event done is written behind: the marks of the events applied within {@code doneDelay} (200 ms in
 * the services) are set done together, in one command, so that an event costs the store one command instead of
 * two. Until then this process knows them done and skips them if Kafka brings them again; another instance sees
 * them in progress under this process's lease. A process that dies before writing them leaves them in progress, the
 * case above of an effect interrupted by a crash: an event whose offset had not yet been committed is applied again
 * (effects are idempotent), one whose offset had is never delivered again.
 */
public class ProcessedEvents implements AutoCloseable {

    static final String COLLECTION = "processed_events";
    /** Marks set done in one command at most; more applied meanwhile are written at once by the consumer. */
    static final int MOST_DONE_AT_ONCE = 256;

    private static final Logger log = LoggerFactory.getLogger(ProcessedEvents.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration lease;
    private final MeterRegistry meters;
    private final String instance;
    private final String owner;
    /** The marks of this process whose effect is running now. */
    private final Set<String> applying = ConcurrentHashMap.newKeySet();
    /** The marks of the events this process has applied, not yet written done. */
    private final Set<String> doneUnwritten = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService doneWriter;

    /** An inbox whose instance has no stable name: what it leaves in progress waits for the lease to run out. */
    public ProcessedEvents(MongoTemplate mongo, Clock clock, Duration lease, MeterRegistry meters) {
        this(mongo, clock, lease, meters, null);
    }

    /**
     * @param instanceId the instance's name, the same after a restart ({@code messaging.instance-id}), or null
     */
    public ProcessedEvents(MongoTemplate mongo, Clock clock, Duration lease, MeterRegistry meters, String instanceId) {
        this(mongo, clock, lease, meters, instanceId, Duration.ZERO);
    }

    /**
     * @param instanceId the instance's name, the same after a restart ({@code messaging.instance-id}), or null
     * @param doneDelay how long the marks of applied events are gathered before being written done together; zero
     *                  writes each at once
     */
    public ProcessedEvents(MongoTemplate mongo, Clock clock, Duration lease, MeterRegistry meters, String instanceId,
                           Duration doneDelay) {
        this.mongo = mongo;
        this.clock = clock;
        this.lease = lease;
        this.meters = meters;
        this.instance = instanceId == null || instanceId.isBlank() ? null : instanceId + "#";
        this.owner = (instance == null ? "" : instance) + UUID.randomUUID();
        if (doneDelay.isZero() || doneDelay.isNegative()) {
            this.doneWriter = null;
        } else {
            this.doneWriter = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "inbox-done-marks");
                thread.setDaemon(true);
                return thread;
            });
            long every = doneDelay.toMillis();
            doneWriter.scheduleWithFixedDelay(this::writeDoneQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Runs {@code effect} unless {@code consumer} has already applied this event.
     *
     * @return whether the effect ran
     */
    public boolean once(String consumer, InboundEvent event, Runnable effect) {
        String id = consumer + "/" + event.id();
        if (doneUnwritten.contains(id) || !claim(id, event)) {
            meters.counter("events.duplicates", "consumer", consumer, "type", event.type()).increment();
            return false;
        }
        applying.add(id);
        try {
            try {
                effect.run();
            } catch (RuntimeException e) {
                mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
                throw e;
            }
            done(id);
        } finally {
            applying.remove(id);
        }
        meters.counter("events.applied", "consumer", consumer, "type", event.type()).increment();
        return true;
    }

    /**
     * Runs {@code effect} once for the events of {@code events} that {@code consumer} has not applied yet, together:
     * their marks are written in one unordered insert, and the effect is given all those it applies. An event marked
     * already (applied, in progress, or left by a crash) breaks the run: the events before it are applied together,
     * it and those after it one by one as {@link #once} does, in their order.
     *
     * @param effect applies the events it is given, in their order; applying one again must change nothing
     * @param single applies one event, for those after a break in the run
     * @return those of {@code events} applied now, in their order
     */
    public List<InboundEvent> onceAll(String consumer, List<InboundEvent> events, Consumer<List<InboundEvent>> effect,
                       Consumer<InboundEvent> single) {
        if (events.size() == 1) {
            return once(consumer, events.get(0), () -> single.accept(events.get(0))) ? events : List.of();
        }
        Instant now = clock.instant();
        List<String> ids = events.stream().map(event -> consumer + "/" + event.id()).toList();
        int fresh = firstKnownDone(ids);
        if (fresh > 0) {
            fresh = claimAll(ids.subList(0, fresh), events.subList(0, fresh), now);
        }
        List<InboundEvent> applied = new ArrayList<>();
        if (fresh > 0) {
            List<String> claimed = ids.subList(0, fresh);
            applying.addAll(claimed);
            try {
                try {
                    effect.accept(events.subList(0, fresh));
                } catch (RuntimeException e) {
                    mongo.remove(Query.query(Criteria.where("_id").in(claimed)), COLLECTION);
                    throw e;
                }
                claimed.forEach(this::done);
            } finally {
                claimed.forEach(applying::remove);
            }
            events.subList(0, fresh).forEach(event -> meters.counter("events.applied", "consumer", consumer,
                    "type", event.type()).increment());
            meters.summary("events.applied.together", "consumer", consumer).record(fresh);
            applied.addAll(events.subList(0, fresh));
        }
        for (InboundEvent event : events.subList(fresh, events.size())) {
            if (once(consumer, event, () -> single.accept(event))) {
                applied.add(event);
            }
        }
        return applied;
    }

    /** The position of the first of {@code ids} this process knows done and has not written yet, or their count. */
    private int firstKnownDone(List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (doneUnwritten.contains(ids.get(i))) {
                return i;
            }
        }
        return ids.size();
    }

    /**
     * Marks {@code ids} in progress in one unordered insert.
     *
     * @return how many of them, from the first, this process now holds: up to the first marked already (marks of
     *         this process after it are its own and taken over at once by {@link #once})
     */
    private int claimAll(List<String> ids, List<InboundEvent> events, Instant now) {
        List<Document> marks = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            marks.add(mark(ids.get(i), events.get(i), now));
        }
        // a store that does not say which was refused: each is then claimed by once()
        return KeyedWrites.execute(mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION).insert(marks))
                .first(ids.size());
    }

    /** Forgets every event of one consumer, for a rebuild that replays its topics from the beginning. */
    public void forget(String consumer) {
        doneUnwritten.removeIf(id -> id.startsWith(consumer + "/"));
        mongo.remove(Query.query(Criteria.where("_id").regex("^" + java.util.regex.Pattern.quote(consumer + "/"))),
                COLLECTION);
    }

    /** Writes the marks of the events applied and not yet written done; then stops writing behind. */
    @Override
    public void close() {
        if (doneWriter != null) {
            doneWriter.shutdown();
            writeDoneQuietly();
        }
    }

    private void done(String id) {
        if (doneWriter == null) {
            writeDone(List.of(id));
            return;
        }
        doneUnwritten.add(id);
        if (doneUnwritten.size() >= MOST_DONE_AT_ONCE) {
            writeDone();
        }
    }

    /** Writes done, in one command, the marks gathered so far (at most {@link #MOST_DONE_AT_ONCE}). */
    synchronized void writeDone() {
        List<String> ids = new ArrayList<>(Math.min(doneUnwritten.size(), MOST_DONE_AT_ONCE));
        for (String id : doneUnwritten) {
            if (ids.size() == MOST_DONE_AT_ONCE) {
                break;
            }
            ids.add(id);
        }
        if (!ids.isEmpty()) {
            writeDone(ids);
            ids.forEach(doneUnwritten::remove);
        }
    }

    /** Only the marks this process still holds: one taken over by another instance is that instance's to write. */
    private void writeDone(List<String> ids) {
        mongo.updateMulti(Query.query(Criteria.where("_id").in(ids).and("state").is("IN_PROGRESS").and("owner")
                .is(owner)), new Update().set("state", "DONE").set("doneAt", Date.from(clock.instant())), COLLECTION);
    }

    /** On the writer's schedule: a store out of reach keeps the marks for the next turn. */
    private void writeDoneQuietly() {
        try {
            while (!doneUnwritten.isEmpty()) {
                writeDone();
            }
        } catch (RuntimeException e) {
            // the writer must go on: a store out of reach now is back later
            log.atWarn().setMessage("Could not mark applied events done; trying again").addKeyValue("events",
                    doneUnwritten.size()).addKeyValue("reason", e.getMessage()).log();
        }
    }

    /** Whether the mark's holder is certainly not applying it any more: an earlier run, or this one, done with it. */
    private boolean abandoned(String id, String holder) {
        if (holder == null) {
            return false;
        }
        if (holder.equals(owner)) {
            return !applying.contains(id);
        }
        return instance != null && holder.startsWith(instance);
    }

    /** @return this process's name on the marks it holds */
    String owner() {
        return owner;
    }

    private Document mark(String id, InboundEvent event, Instant now) {
        return new Document("_id", id).append("state", "IN_PROGRESS").append("owner", owner)
                .append("type", event.type()).append("leaseUntil", Date.from(now.plus(lease)))
                .append("receivedAt", Date.from(now));
    }

    private boolean claim(String id, InboundEvent event) {
        Instant now = clock.instant();
        try {
            mongo.insert(mark(id, event, now), COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            Document existing = mongo.findById(id, Document.class, COLLECTION);
            if (existing == null || "DONE".equals(existing.getString("state"))) {
                return false;
            }
            Criteria inProgress = Criteria.where("_id").is(id).and("state").is("IN_PROGRESS");
            String holder = existing.getString("owner");
            Query takeOver = Query.query(abandoned(id, holder) ? inProgress.and("owner").is(holder)
                    : inProgress.and("leaseUntil").lt(Date.from(now)));
            boolean takenOver = mongo.updateFirst(takeOver, new Update().set("owner", owner)
                    .set("leaseUntil", Date.from(now.plus(lease))), COLLECTION).getModifiedCount() == 1;
            if (!takenOver) {
                throw new EventInProgressException(id);
            }
            return true;
        }
    }
}
