package vn.ldld.messaging.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.ReadConcern;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Publishes the events waiting in the outbox collections to Kafka and removes each one only after Kafka has
 * acknowledged it. Per scan it sends a whole batch without waiting record by record, then waits for all
 * acknowledgements and clears them with one bulk write. A crash between the send and the clear publishes those
 * events again on the next scan: delivery is at least once, consumers deduplicate by {@code ce_id}. It reads
 * with read concern {@code majority}: on a replica set, a write not yet on a majority (which a failover could roll
 * back) is not published until it is.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final RelayLease lease;
    private final Clock clock;
    private final Counter published;
    private final Counter failures;
    private final Timer delay;
    private final Semaphore wakeUps = new Semaphore(0);
    private ExecutorService executor;
    private volatile boolean running;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
                       Clock clock, MeterRegistry meters, String owner) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
        this.lease = new RelayLease(mongo, clock, properties.lease(), properties.idlePollInterval(), owner);
        this.published = Counter.builder("outbox.published").description("Events published from the outbox")
                .register(meters);
        this.failures = Counter.builder("outbox.publish.failures")
                .description("Outbox events Kafka did not acknowledge (they stay and are retried)").register(meters);
        this.delay = Timer.builder("outbox.publish.delay")
                .description("Time from an event's creation to Kafka's acknowledgement").register(meters);
    }

    @Override
    public void start() {
        properties.collections().forEach(this::indexPendingEvents);
        running = true;
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(this::loop);
    }

    /**
     * Ends the current pause at once: events were just written in this process. Cheap enough to call on every
     * write (at most one wake-up is ever pending).
     */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Lets the scan find the documents with pending events without reading the whole collection. */
    private void indexPendingEvents(String collection) {
        try {
            mongo.getCollection(collection).createIndex(
                    Indexes.ascending(Outbox.PENDING_EVENTS + "." + OutboxEvent.ID),
                    new IndexOptions().sparse(true).name("outbox_pending_events"));
        } catch (RuntimeException e) {
            log.warn("Could not index the pending events of {}; the relay scans without it", collection, e);
        }
    }

    @Override
    public void stop() {
        running = false;
        wake();
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        properties.collections().forEach(name -> {
            try {
                lease.release(name);
            } catch (RuntimeException e) {
                log.warn("Could not release the outbox lease on {}", name, e);
            }
        });
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        Duration idle = properties.pollInterval();
        while (running) {
            Duration pause;
            try {
                if (relayAll() > 0) {
                    pause = Duration.ZERO;
                    idle = properties.pollInterval();
                } else {
                    pause = idle;
                    idle = min(idle.multipliedBy(2), properties.idlePollInterval());
                }
            } catch (RuntimeException e) {
                log.warn("Outbox relay cycle failed; retrying in {}", properties.retryBackoff(), e);
                pause = properties.retryBackoff();
            }
            if (!pause.isZero()) {
                pauseFor(pause);
            }
        }
    }

    private void pauseFor(Duration pause) {
        try {
            if (wakeUps.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Runs one scan over every outbox collection this instance holds the lease of.
     *
     * @return the number of events published and cleared
     */
    public int relayAll() {
        int relayed = 0;
        for (String collection : properties.collections()) {
            if (lease.acquire(collection)) {
                relayed += relay(collection);
            }
        }
        return relayed;
    }

    private int relay(String collection) {
        // only what a majority has written: an event must never be published for a write that a failover rolls back
        List<Document> documents = mongo.getCollection(collection).withReadConcern(ReadConcern.MAJORITY)
                .find(Filters.exists(Outbox.PENDING_EVENTS + "." + OutboxEvent.ID))
                .projection(Projections.include(Outbox.PENDING_EVENTS))
                .limit(properties.batchSize())
                .into(new ArrayList<>());
        if (documents.isEmpty()) {
            return 0;
        }
        Map<String, String> storedPayloads = storedPayloads(collection, documents);
        Map<Object, List<Sent>> sentByDocument = new LinkedHashMap<>();
        List<CompletableFuture<?>> all = new ArrayList<>();
        sending:
        for (Document document : documents) {
            List<Sent> sent = new ArrayList<>();
            sentByDocument.put(document.get("_id"), sent);
            for (Document pending : document.getList(Outbox.PENDING_EVENTS, Document.class)) {
                boolean apart = OutboxEvent.payloadStoredApart(pending);
                String payload = apart ? storedPayloads.get(pending.getString(OutboxEvent.ID)) : null;
                if (apart && payload == null) {
                    // never expected: the payload is written before its event; keep it and what follows, in order
                    log.error("The payload of outbox event {} of {} is missing; it and the later events of {} wait",
                            pending.getString(OutboxEvent.ID), collection, document.get("_id"));
                    sent.add(new Sent(OutboxEvent.fromDocument(pending, ""),
                            CompletableFuture.failedFuture(new IllegalStateException("payload missing"))));
                    continue sending;
                }
                OutboxEvent event = apart ? OutboxEvent.fromDocument(pending, payload)
                        : OutboxEvent.fromDocument(pending);
                CompletableFuture<?> result = send(event);
                sent.add(new Sent(event, result));
                all.add(result);
                if (result.isCompletedExceptionally()) {
                    break sending; // Kafka unreachable: do not block once more per remaining event
                }
            }
        }
        awaitAll(all);
        return clearAcknowledged(collection, sentByDocument, storedPayloads.keySet());
    }

    /** The payloads kept apart of the pending events of {@code documents}, by event id: one read per scan. */
    private Map<String, String> storedPayloads(String collection, List<Document> documents) {
        List<String> ids = new ArrayList<>();
        for (Document document : documents) {
            for (Document pending : document.getList(Outbox.PENDING_EVENTS, Document.class)) {
                if (OutboxEvent.payloadStoredApart(pending)) {
                    ids.add(pending.getString(OutboxEvent.ID));
                }
            }
        }
        Map<String, String> payloads = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            mongo.getCollection(collection + Outbox.PAYLOADS_SUFFIX).withReadConcern(ReadConcern.MAJORITY)
                    .find(Filters.in("_id", ids))
                    .forEach(d -> payloads.put(d.getString("_id"), d.getString("payload")));
        }
        return payloads;
    }

    private CompletableFuture<?> send(OutboxEvent event) {
        try {
            return kafka.send(record(event));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void awaitAll(List<CompletableFuture<?>> all) {
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("Not every outbox event was acknowledged: {}", e.toString());
        }
    }

    private int clearAcknowledged(String collection, Map<Object, List<Sent>> sentByDocument,
                                  java.util.Set<String> storedApart) {
        List<WriteModel<Document>> clears = new ArrayList<>();
        List<String> publishedApart = new ArrayList<>();
        int acknowledged = 0;
        int failed = 0;
        for (Map.Entry<Object, List<Sent>> entry : sentByDocument.entrySet()) {
            List<String> ids = new ArrayList<>();
            for (Sent sent : entry.getValue()) {
                // Only the acknowledged prefix is cleared, so one aggregate's events are never reordered.
                if (!sent.acknowledged()) {
                    failed += entry.getValue().size() - ids.size();
                    break;
                }
                ids.add(sent.event().metadata().id());
                if (storedApart.contains(sent.event().metadata().id())) {
                    publishedApart.add(sent.event().metadata().id());
                }
                delay.record(Duration.between(sent.event().metadata().time(), clock.instant()));
            }
            if (!ids.isEmpty()) {
                Bson pull = Updates.pull(Outbox.PENDING_EVENTS, Filters.in(OutboxEvent.ID, ids));
                clears.add(new UpdateOneModel<>(Filters.eq("_id", entry.getKey()), pull));
                acknowledged += ids.size();
            }
        }
        if (!clears.isEmpty()) {
            mongo.getCollection(collection).bulkWrite(clears, new BulkWriteOptions().ordered(false));
        }
        if (!publishedApart.isEmpty()) {
            // after the events left the pending lists: a crash in between leaves payloads no event names
            mongo.getCollection(collection + Outbox.PAYLOADS_SUFFIX).deleteMany(Filters.in("_id", publishedApart));
        }
        published.increment(acknowledged);
        if (failed > 0) {
            failures.increment(failed);
            throw new IllegalStateException(failed + " outbox events of " + collection + " not acknowledged by Kafka");
        }
        return acknowledged;
    }

    private static ProducerRecord<String, String> record(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        event.metadata().writeTo(record.headers());
        return record;
    }

    private record Sent(OutboxEvent event, CompletableFuture<?> result) {

        boolean acknowledged() {
            return result.isDone() && !result.isCompletedExceptionally();
        }
    }
}
