package vn.ldld.analytics;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.ldld.analytics.event.PlanAmendedHandler;
import vn.ldld.analytics.event.PlanCancelledHandler;
import vn.ldld.analytics.event.PlanClosedHandler;
import vn.ldld.analytics.event.PlanAmendedV2Handler;
import vn.ldld.analytics.event.PlanPublishedHandler;
import vn.ldld.analytics.event.PlanPublishedV2Handler;
import vn.ldld.analytics.event.PlanRecipientsListedHandler;
import vn.ldld.analytics.event.ReminderSentHandler;
import vn.ldld.analytics.event.ReportAcceptedHandler;
import vn.ldld.analytics.event.ReportOverdueHandler;
import vn.ldld.analytics.event.ReportReceivedHandler;
import vn.ldld.analytics.event.ReportReturnedHandler;
import vn.ldld.analytics.notice.Notices;
import vn.ldld.analytics.plan.PlanRecipients;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.analytics.report.ParentReviews;
import vn.ldld.analytics.report.ReportFacts;
import vn.ldld.analytics.summary.Analytics;
import vn.ldld.analytics.summary.ParentReviewAnalysis;
import vn.ldld.analytics.summary.PlanTrees;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandlers;
import vn.ldld.messaging.consumer.EventReader;
import vn.ldld.messaging.inbox.ProcessedEvents;
import vn.ldld.messaging.testing.TestMongo;

/**
 * The read models, the inbox and the analysis over a fresh database of the in-memory MongoDB-wire server, without
 * Spring or Kafka: events are delivered as the listener delivers them.
 */
public final class ReadModels {

    public final MongoTemplate mongo;
    public final Analytics analytics;
    public final ParentReviewAnalysis parentReviews;
    public final PlanTrees trees;
    public final PlanViews plans;
    public final EventHandlers handlers;
    private final ProcessedEvents inbox;

    public ReadModels() {
        mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(
                TestMongo.uri("read-models-" + UUID.randomUUID().toString().substring(0, 8))));
        PlanRecipients recipients = new PlanRecipients(mongo);
        plans = new PlanViews(mongo, recipients);
        ReportFacts reports = new ReportFacts(mongo);
        Notices notices = new Notices(mongo);
        ParentReviews decisions = new ParentReviews(mongo);
        inbox = new ProcessedEvents(mongo, Clock.systemUTC(), Duration.ofMinutes(1), new SimpleMeterRegistry());
        handlers = new EventHandlers(List.of(new PlanPublishedHandler(plans), new PlanAmendedHandler(plans),
                new PlanClosedHandler(plans), new PlanCancelledHandler(plans), new ReportReceivedHandler(reports),
                new ReportReturnedHandler(reports, decisions), new ReportAcceptedHandler(reports, decisions),
                new ReportOverdueHandler(notices), new ReminderSentHandler(notices),
                new PlanPublishedV2Handler(plans, recipients), new PlanAmendedV2Handler(plans, recipients),
                new PlanRecipientsListedHandler(plans, recipients)), new EventReader(), inbox);
        analytics = new Analytics(plans, reports, notices);
        parentReviews = new ParentReviewAnalysis(plans, reports, decisions);
        trees = new PlanTrees(analytics, plans);
    }

    /** Delivers events as the listener does: each {@code ce_id} applied once, by the handler of its type. */
    public ReadModels deliver(Iterable<InboundEvent> events) {
        events.forEach(event -> inbox.once("analytics-service", event, () -> handlers.apply(event)));
        return this;
    }
}
