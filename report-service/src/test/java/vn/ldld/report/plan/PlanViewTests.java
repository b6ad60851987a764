package vn.ldld.report.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InvalidEventException;
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;

class PlanViewTests extends ReportTestSupport {

    private static final String PUBLISHED = "vn.ldld.plan.published.v1";
    private static final String AMENDED = "vn.ldld.plan.amended.v1";
    private static final String CLOSED = "vn.ldld.plan.closed.v1";

    @Autowired
    private PlanEventsListener listener;

    @Autowired
    private org.springframework.data.mongodb.core.MongoTemplate mongo;

    private void deliver(String eventId, String type, JsonNode event) {
        String planId = event.get("planId").asString();
        ConsumerRecord<String, String> record = new ConsumerRecord<>("plan-events", 0, 0L, planId,
                SamplePlans.JSON.writeValueAsString(event));
        new EventMetadata(eventId, type, "/plan-service", planId, Instant.now(), null).writeTo(record.headers());
        listener.on(record);
    }

    private PlanView view(String planId) {
        return planViews.find(planId).orElseThrow();
    }

    @Test
    void theContractsExampleBecomesAPlanView() {
        String planId = SamplePlans.newPlanId();

        deliver(UUID.randomUUID().toString(), PUBLISHED, SamplePlans.published(planId));

        PlanView view = view(planId);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(view.issuer().code()).isEqualTo("LDLD-TN");
        assertThat(view.timeZone()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(view.phases()).containsExactly(new PhaseView(1, SamplePlans.DEADLINE));
        assertThat(view.indicators()).hasSize(11).contains(new IndicatorDefinition("GIFTS_VALUE_VND", "MONEY_VND", false));
        assertThat(view.sections()).contains(new SectionDefinition("RESULTS", true, 8000));
        // the units informed only are not must-report units
        assertThat(view.mustReport()).hasSize(10).containsKey("CDN-GD").doesNotContainKey("BDV-TU-TN");
        assertThat(view.mustReport().get("LDLD-GD").name()).isEqualTo("Liên đoàn Lao động huyện Gò Dầu");
        assertThat(planViews.forUnit(planId, "LDLD-GD").orElseThrow().mustReportUnit("LDLD-GD")).isPresent();
        assertThat(planViews.forUnit(planId, "BDV-TU-TN").orElseThrow().mustReportUnit("BDV-TU-TN")).isEmpty();
    }

    @Test
    void aPlanAnotherInstanceHasJustLearntIsNotHiddenByTheCache() {
        String planId = SamplePlans.newPlanId();
        assertThat(planViews.forUnit(planId, "LDLD-GD")).isEmpty();
        UnitRef unit = new UnitRef("LDLD-GD", "Liên đoàn Lao động huyện Gò Dầu", null, "DISTRICT_FEDERATION",
                "LDLD-TN");

        // written by the instance that consumed the event, not through this instance's PlanViews
        mongo.insert(new PlanView(planId, 1, PlanStatus.PUBLISHED, null, unit, "Asia/Ho_Chi_Minh",
                java.util.List.of(new PhaseView(1, SamplePlans.DEADLINE)), java.util.List.of(), java.util.List.of(),
                java.util.Map.of("LDLD-GD", unit)));

        assertThat(planViews.forUnit(planId, "LDLD-GD")).isPresent();
    }

    @Test
    void aNewVersionAnotherInstanceHasWrittenReplacesTheCachedViewOnceItsStampChanged() {
        String planId = SamplePlans.newPlanId();
        UnitRef district = new UnitRef("LDLD-GD", "Liên đoàn Lao động huyện Gò Dầu", null, "DISTRICT_FEDERATION",
                "LDLD-TN");
        UnitRef grassroots = new UnitRef("CDN-GD", "Công đoàn cơ sở Gò Dầu", null, "GRASSROOTS_UNION", "LDLD-GD");
        mongo.insert(new PlanView(planId, 1, PlanStatus.PUBLISHED, null, district, "Asia/Ho_Chi_Minh",
                java.util.List.of(new PhaseView(1, SamplePlans.DEADLINE)), java.util.List.of(), java.util.List.of(),
                java.util.Map.of("LDLD-GD", district)));
        assertThat(planViews.forUnit(planId, "CDN-GD").orElseThrow().mustReportUnit("CDN-GD")).isEmpty();

        // an amendment applied by the instance that consumed it: a new version with one more unit
        mongo.save(new PlanView(planId, 2, PlanStatus.PUBLISHED, null, district, "Asia/Ho_Chi_Minh",
                java.util.List.of(new PhaseView(1, SamplePlans.DEADLINE)), java.util.List.of(), java.util.List.of(),
                java.util.Map.of("LDLD-GD", district, "CDN-GD", grassroots)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            PlanView seen = planViews.forUnit(planId, "CDN-GD").orElseThrow();
            assertThat(seen.version()).isEqualTo(2);
            assertThat(seen.mustReportUnit("CDN-GD")).contains(grassroots);
        });
    }

    @Test
    void unknownFieldsInAPlanEventAreIgnored() {
        String planId = SamplePlans.newPlanId();
        ObjectNode event = SamplePlans.published(planId);
        event.put("addedInALaterVersion", true);
        ((ObjectNode) event.get("plan")).putObject("somethingNew").put("x", 1);

        deliver(UUID.randomUUID().toString(), PUBLISHED, event);

        assertThat(view(planId).version()).isEqualTo(1);
    }

    @Test
    void aDuplicatedEventIsAppliedOnce() {
        String planId = SamplePlans.newPlanId();
        String eventId = UUID.randomUUID().toString();
        deliver(eventId, PUBLISHED, SamplePlans.published(planId));
        deliver(UUID.randomUUID().toString(), AMENDED, SamplePlans.amended(planId));

        deliver(eventId, PUBLISHED, SamplePlans.published(planId));

        assertThat(view(planId).version()).isEqualTo(2);
        assertThat(view(planId).phases().get(0).deadline()).isEqualTo(Instant.parse("2023-07-28T17:00:00Z"));
    }

    @Test
    void anOlderVersionArrivingAfterANewerOneChangesNothing() {
        String planId = SamplePlans.newPlanId();

        deliver(UUID.randomUUID().toString(), AMENDED, SamplePlans.amended(planId));
        deliver(UUID.randomUUID().toString(), PUBLISHED, SamplePlans.published(planId));

        PlanView view = view(planId);
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.phases().get(0).deadline()).isEqualTo(Instant.parse("2023-07-28T17:00:00Z"));
        assertThat(view.mustReport()).containsKey("CDVC-TN");
    }

    @Test
    void aClosedPlanStaysClosedWhateverArrivesAfter() {
        String planId = SamplePlans.newPlanId();

        deliver(UUID.randomUUID().toString(), CLOSED, SamplePlans.closed(planId));
        deliver(UUID.randomUUID().toString(), PUBLISHED, SamplePlans.published(planId));
        deliver(UUID.randomUUID().toString(), AMENDED, SamplePlans.amended(planId));

        PlanView view = view(planId);
        assertThat(view.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(view.endedAt()).isEqualTo(Instant.parse("2023-08-04T09:00:00Z"));
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.hasContent()).isTrue();
    }

    @Test
    void theCancelledExampleEndsThePlan() {
        String planId = SamplePlans.newPlanId();
        deliver(UUID.randomUUID().toString(), PUBLISHED, SamplePlans.published(planId));

        deliver(UUID.randomUUID().toString(), "vn.ldld.plan.cancelled.v1", SamplePlans.cancelled(planId));

        assertThat(view(planId).status()).isEqualTo(PlanStatus.CANCELLED);
    }

    @Test
    void anEventWithoutItsPlanOrWithAnUnknownZoneIsInvalid() {
        ObjectNode event = SamplePlans.published(SamplePlans.newPlanId());
        event.remove("plan");
        ObjectNode badZone = SamplePlans.published(SamplePlans.newPlanId());
        ((ObjectNode) badZone.get("plan")).put("timeZone", "Mars/Olympus");

        assertThatThrownBy(() -> deliver(UUID.randomUUID().toString(), PUBLISHED, event))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> deliver(UUID.randomUUID().toString(), PUBLISHED, badZone))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("plan.timeZone");
    }

    @Test
    void anUnreadableRecordOnTheTopicGoesToTheDeadLetterTopic() {
        String planId = SamplePlans.newPlanId();
        ObjectNode broken = SamplePlans.JSON.createObjectNode().put("planId", planId).put("version", "one");

        sendPlanEvent(PUBLISHED, broken);
        publish(SamplePlans.published(planId));

        try (TestTopic dlt = new TestTopic(brokers, "plan-events-dlt")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> dlt.pollByKey(planId), r -> !r.isEmpty());
        }
        assertThat(view(planId).version()).isEqualTo(1);
    }
}
