package vn.ldld.messaging.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauges an operator watches: how many events wait in each outbox collection and the age of the oldest one.
 * Recomputed on a schedule rather than on each scrape so a scrape never costs an aggregation.
 */
public class OutboxBacklog {

    private static final Logger log = LoggerFactory.getLogger(OutboxBacklog.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final List<String> collections;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    public OutboxBacklog(MongoTemplate mongo, Clock clock, OutboxProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        this.collections = properties.collections();
        for (String collection : collections) {
            snapshots.put(collection, new Snapshot(0, Duration.ZERO));
            Gauge.builder("outbox.backlog", snapshots, s -> s.get(collection).events())
                    .description("Events waiting in the outbox").tag("collection", collection)
                    .baseUnit("events").register(meters);
            Gauge.builder("outbox.oldest.age", snapshots, s -> s.get(collection).oldestAge().toMillis() / 1000.0)
                    .description("Age of the oldest event waiting in the outbox").tag("collection", collection)
                    .baseUnit("seconds").register(meters);
        }
    }

    /** Recomputes every collection's snapshot. */
    @Scheduled(fixedDelayString = "${messaging.outbox.backlog-refresh:5s}")
    public void refresh() {
        for (String collection : collections) {
            try {
                snapshots.put(collection, measure(collection));
            } catch (RuntimeException e) {
                log.warn("Could not measure the outbox backlog of {}", collection, e);
            }
        }
    }

    /** The last measured snapshot of one collection. */
    public Snapshot snapshot(String collection) {
        return snapshots.get(collection);
    }

    /**
     * Reads only the documents holding pending events (the relay's sparse index finds them) and only their events'
     * times; an aggregation would read the whole collection on servers that do not push its match into an index.
     */
    private Snapshot measure(String collection) {
        long events = 0;
        Date oldest = null;
        for (Document document : mongo.getCollection(collection)
                .find(Filters.exists(Outbox.PENDING_EVENTS + "." + OutboxEvent.ID))
                .projection(Projections.include(Outbox.PENDING_EVENTS + ".time"))) {
            for (Document pending : document.getList(Outbox.PENDING_EVENTS, Document.class, List.of())) {
                events++;
                Date time = pending.getDate("time");
                if (time != null && (oldest == null || time.before(oldest))) {
                    oldest = time;
                }
            }
        }
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), clock.instant());
        return new Snapshot(events, age.isNegative() ? Duration.ZERO : age);
    }

    /** Pending events and the age of the oldest one. */
    public record Snapshot(long events, Duration oldestAge) {
    }
}
