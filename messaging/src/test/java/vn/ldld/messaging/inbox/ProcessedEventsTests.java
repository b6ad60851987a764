package vn.ldld.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.testing.TestMongo;

/**
 * An event left in progress by a process that died: who may apply it, and when; and the marks of applied events,
 * written done behind the effects.
 */
class ProcessedEventsTests {

    private final MongoTemplate mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(
            TestMongo.uri("processed-events-" + UUID.randomUUID().toString().substring(0, 8))));
    private final AtomicInteger applied = new AtomicInteger();

    @Test
    void anEventLeftInProgressByAnEarlierRunOfThisInstanceIsAppliedAtOnceAfterARestart() {
        InboundEvent event = event();
        leftInProgress(event, "analytics-service-0#" + UUID.randomUUID());

        boolean ran = inbox("analytics-service-0").once("analytics", event, applied::incrementAndGet);

        assertThat(ran).isTrue();
        assertThat(applied).hasValue(1);
        assertThat(inbox("analytics-service-0").once("analytics", event, applied::incrementAndGet)).isFalse();
        assertThat(applied).hasValue(1);
    }

    @Test
    void anEventThisProcessCouldNotMarkWhenItsDatabaseWentAwayIsAppliedOnTheNextTry() {
        InboundEvent event = event();
        ProcessedEvents inbox = inbox("notification-service-0");
        // the effect failed and so did removing the mark: the database was gone
        leftInProgress(event, inbox.owner());

        assertThat(inbox.once("analytics", event, applied::incrementAndGet)).isTrue();
        assertThat(applied).hasValue(1);
    }

    @Test
    void anEventInProgressOnAnotherInstanceWaitsForItsLease() {
        InboundEvent event = event();
        leftInProgress(event, "analytics-service-1#" + UUID.randomUUID());

        assertThatThrownBy(() -> inbox("analytics-service-0").once("analytics", event, applied::incrementAndGet))
                .isInstanceOf(EventInProgressException.class);
        assertThatThrownBy(() -> inbox(null).once("analytics", event, applied::incrementAndGet))
                .isInstanceOf(EventInProgressException.class);
        assertThat(applied).hasValue(0);
    }

    @Test
    void anAppliedEventIsSkippedAtOnceAndMarkedDoneInTheStoreSoonAfter() {
        InboundEvent event = event();
        try (ProcessedEvents inbox = inbox("report-service-0", Duration.ofMillis(50))) {
            assertThat(inbox.once("analytics", event, applied::incrementAndGet)).isTrue();
            assertThat(inbox.once("analytics", event, applied::incrementAndGet)).isFalse();

            await().untilAsserted(() -> assertThat(state(event)).isEqualTo("DONE"));
            assertThat(inbox.once("analytics", event, applied::incrementAndGet)).isFalse();
        }
        assertThat(inbox("report-service-1").once("analytics", event, applied::incrementAndGet)).isFalse();
        assertThat(applied).hasValue(1);
    }

    @Test
    void untilItsMarkIsWrittenDoneAnotherInstanceSeesTheEventInProgressAndDoesNotApplyIt() {
        InboundEvent event = event();
        ProcessedEvents first = inbox("report-service-0", Duration.ofHours(1));
        first.once("analytics", event, applied::incrementAndGet);

        assertThat(state(event)).isEqualTo("IN_PROGRESS");
        assertThatThrownBy(() -> inbox("report-service-1").once("analytics", event, applied::incrementAndGet))
                .isInstanceOf(EventInProgressException.class);

        first.close();
        assertThat(state(event)).isEqualTo("DONE");
        assertThat(inbox("report-service-1").once("analytics", event, applied::incrementAndGet)).isFalse();
        assertThat(applied).hasValue(1);
    }

    @Test
    void theMarksOfManyEventsAreAllWrittenDone() {
        List<InboundEvent> events = Stream.generate(ProcessedEventsTests::event)
                .limit(ProcessedEvents.MOST_DONE_AT_ONCE * 2L + 3).toList();
        try (ProcessedEvents inbox = inbox("report-service-0", Duration.ofHours(1))) {
            events.forEach(event -> inbox.once("analytics", event, applied::incrementAndGet));
        }

        assertThat(events).extracting(this::state).containsOnly("DONE");
        assertThat(applied).hasValue(events.size());
    }

    @Test
    void anEventAppliedByADeadProcessWhoseMarkWasNotYetWrittenIsAppliedAgainWhenKafkaBringsItBack() {
        InboundEvent event = event();
        // applied, then the process was killed before it wrote the mark done (it never closes)
        inbox("report-service-0", Duration.ofHours(1)).once("analytics", event, applied::incrementAndGet);

        assertThat(inbox("report-service-0").once("analytics", event, applied::incrementAndGet)).isTrue();
        assertThat(applied).hasValue(2);
        assertThat(state(event)).isEqualTo("DONE");
    }

    @Test
    void aRebuildForgetsTheEventsWhoseMarksAreNotYetWritten() {
        InboundEvent event = event();
        try (ProcessedEvents inbox = inbox("analytics-service-0", Duration.ofHours(1))) {
            inbox.once("analytics", event, applied::incrementAndGet);

            inbox.forget("analytics");

            assertThat(inbox.once("analytics", event, applied::incrementAndGet)).isTrue();
        }
        assertThat(applied).hasValue(2);
        assertThat(state(event)).isEqualTo("DONE");
    }

    private ProcessedEvents inbox(String instanceId, Duration doneDelay) {
        return new ProcessedEvents(mongo, Clock.systemUTC(), Duration.ofMinutes(1), new SimpleMeterRegistry(),
                instanceId, doneDelay);
    }

    private String state(InboundEvent event) {
        Document mark = mongo.findById("analytics/" + event.id(), Document.class, ProcessedEvents.COLLECTION);
        return mark == null ? null : mark.getString("state");
    }

    private ProcessedEvents inbox(String instanceId) {
        return new ProcessedEvents(mongo, Clock.systemUTC(), Duration.ofMinutes(1), new SimpleMeterRegistry(),
                instanceId);
    }

    private void leftInProgress(InboundEvent event, String owner) {
        mongo.insert(new Document("_id", "analytics/" + event.id()).append("state", "IN_PROGRESS")
                .append("owner", owner).append("type", event.type())
                .append("leaseUntil", Date.from(Instant.now().plusSeconds(60)))
                .append("receivedAt", Date.from(Instant.now())), ProcessedEvents.COLLECTION);
    }

    private static InboundEvent event() {
        String id = UUID.randomUUID().toString();
        return new InboundEvent(new EventMetadata(id, "vn.ldld.report.submitted.v1", "/report-service", "r-1",
                Instant.now(), "corr-1"), "report-events", 0, 0, "r-1", "{}");
    }
}
