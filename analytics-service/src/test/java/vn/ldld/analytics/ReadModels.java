package vn.ldld.analytics;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.ldld.analytics.event.Projector;
import vn.ldld.analytics.notice.Notices;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.analytics.report.ReportFacts;
import vn.ldld.analytics.summary.Analytics;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.inbox.ProcessedEvents;
import vn.ldld.messaging.testing.TestMongo;

/**
 * The read models, the inbox and the analysis over a fresh database of the in-memory MongoDB-wire server, without
 * Spring or Kafka: events are delivered as the listener delivers them.
 */
public final class ReadModels {

    public final MongoTemplate mongo;
    public final Analytics analytics;
    private final ProcessedEvents inbox;
    private final Projector projector;

    public ReadModels() {
        mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(
                TestMongo.uri("read-models-" + UUID.randomUUID().toString().substring(0, 8))));
        PlanViews plans = new PlanViews(mongo);
        ReportFacts reports = new ReportFacts(mongo);
        Notices notices = new Notices(mongo);
        projector = new Projector(plans, reports, notices);
        inbox = new ProcessedEvents(mongo, Clock.systemUTC(), Duration.ofMinutes(1), new SimpleMeterRegistry());
        analytics = new Analytics(plans, reports, notices);
    }

    /** Delivers events as the listener does: each {@code ce_id} applied once. */
    public ReadModels deliver(Iterable<InboundEvent> events) {
        events.forEach(event -> inbox.once("analytics-service", event, () -> projector.apply(event)));
        return this;
    }
}
