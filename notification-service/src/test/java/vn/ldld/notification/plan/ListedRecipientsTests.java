package vn.ldld.notification.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.notification.NotificationTestSupport;
import vn.ldld.notification.TestPlans;
import vn.ldld.notification.schedule.Notification;
import vn.ldld.notification.schedule.NotificationKind;
import vn.ldld.notification.schedule.NotificationStatus;

/** Plans whose recipients follow the plan event in chunks (plan-published.v2, plan-recipients-listed.v1). */
class ListedRecipientsTests extends NotificationTestSupport {

    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");
    private static final int CHUNK = 500;

    @Autowired
    private Plans plans;

    private final List<String> planIds = new ArrayList<>();

    /**
     * The tests share one database: pending notices of 20,000 units due before theirs would keep the other tests'
     * scheduler passes busy.
     */
    @AfterEach
    void forgetThePlans() {
        mongo.remove(Query.query(Criteria.where("plan.planId").in(planIds)), Notification.class);
        mongo.remove(Query.query(Criteria.where("planId").in(planIds)), "plan_recipients");
        mongo.remove(Query.query(Criteria.where("_id").in(planIds)), PlanCopy.class);
    }

    private String newPlanId() {
        String planId = UUID.randomUUID().toString();
        planIds.add(planId);
        return planId;
    }

    @Test
    void aPlanOf20000UnitsIn40ChunksRemindsThemAllAndAnAmendmentThatDropsAUnitCancelsItsReminders() {
        String planId = newPlanId();
        clock.set("2023-07-12T02:30:00Z");
        List<String> units = units(TestPlans.tag(), 20_000);

        long start = System.nanoTime();
        publish("plan-events", "vn.ldld.plan.published.v2", planId, published(planId, units.size()));
        chunks(planId, 1, units).forEach(chunk -> publish("plan-events", "vn.ldld.plan.recipients-listed.v1",
                planId, chunk));
        await().atMost(Duration.ofSeconds(180)).until(() -> listed(planId) == 20_000);
        long published = System.nanoTime() - start;

        for (NotificationKind kind : List.of(NotificationKind.PLAN_ISSUED, NotificationKind.DEADLINE_DAY,
                NotificationKind.OVERDUE_NOTICE, NotificationKind.ESCALATION)) {
            assertThat(count(planId, kind, NotificationStatus.PENDING)).as(kind.name()).isEqualTo(20_000);
        }
        assertThat(count(planId, NotificationKind.BEFORE_DEADLINE, NotificationStatus.PENDING)).isEqualTo(40_000);
        // the plan's own document holds no recipient: each is a document of its own
        assertThat(plans.find(planId).orElseThrow().recipients()).isEmpty();
        String last = units.get(19_999);
        assertThat(plans.forUnit(planId, last).orElseThrow().recipients()).extracting(r -> r.unit().code())
                .containsExactly(last);

        List<String> kept = new ArrayList<>(units);
        String dropped = kept.remove(1);
        start = System.nanoTime();
        publish("plan-events", "vn.ldld.plan.amended.v2", planId, amended(planId, dropped, kept.size()));
        chunks(planId, 2, kept).forEach(chunk -> publish("plan-events", "vn.ldld.plan.recipients-listed.v1",
                planId, chunk));
        await().atMost(Duration.ofSeconds(180)).until(() -> listed(planId) == 19_999);
        long amended = System.nanoTime() - start;

        assertThat(mongo.count(Query.query(Criteria.where("plan.planId").is(planId).and("subjectUnit.code")
                .is(dropped).and("status").is(NotificationStatus.PENDING).and("kind")
                .in(NotificationKind.ANSWERED_BY_REPORT)), Notification.class)).isZero();
        assertThat(count(planId, NotificationKind.DEADLINE_DAY, NotificationStatus.PENDING)).isEqualTo(19_999);
        assertThat(count(planId, NotificationKind.DEADLINE_DAY, NotificationStatus.CANCELLED)).isEqualTo(1);
        // every unit of either version is told of the amendment, the dropped one too
        assertThat(count(planId, NotificationKind.PLAN_AMENDED, NotificationStatus.PENDING)).isEqualTo(20_000);
        assertThat(plans.forUnit(planId, dropped).orElseThrow().recipients()).isEmpty();
        LoggerFactory.getLogger(getClass()).info("20,000 listed recipients consumed: published in {} ms, "
                + "amended in {} ms", published / 1_000_000, amended / 1_000_000);
    }

    @Test
    void aChunkDeliveredAgainUnderAnotherIdSchedulesNothingTwice() {
        String planId = newPlanId();
        clock.set("2023-07-12T02:30:00Z");
        List<String> units = units(TestPlans.tag(), 3);
        publish("plan-events", "vn.ldld.plan.published.v2", planId, published(planId, 3));
        ObjectNode chunk = chunks(planId, 1, units).get(0);
        publish("plan-events", "vn.ldld.plan.recipients-listed.v1", planId, chunk);
        publish("plan-events", "vn.ldld.plan.recipients-listed.v1", planId, chunk);
        await().atMost(Duration.ofSeconds(20)).until(() -> listed(planId) == 3);
        // the plan closes after both: by then both copies of the chunk have been applied
        publish("plan-events", "vn.ldld.plan.closed.v1", planId, closed(planId));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count(planId, NotificationKind.PLAN_CLOSED, NotificationStatus.PENDING) == 3);

        assertThat(count(planId, NotificationKind.PLAN_ISSUED, NotificationStatus.PENDING)).isEqualTo(3);
        assertThat(count(planId, NotificationKind.DEADLINE_DAY, NotificationStatus.CANCELLED)).isEqualTo(3);
        assertThat(notificationsOf(planId)).extracting(Notification::id).doesNotHaveDuplicates();
    }

    @Test
    void aPlanPublishedWithV1EventsAndAmendedWithV2KeepsItsUnitsUntilTheLastChunkSaysWhoStays() {
        String planId = newPlanId();
        clock.set("2023-07-12T02:30:00Z");
        String tag = TestPlans.tag();
        publish("plan-events", "vn.ldld.plan.published.v1", planId,
                TestPlans.published(planId, clock.instant(), DEADLINE, tag, "GD", "TC"));
        publish("plan-events", "vn.ldld.plan.amended.v2", planId, amended(planId, tag + "-TC", 1));
        ObjectNode chunk = chunks(planId, 2, List.of(tag + "-GD")).get(0);
        publish("plan-events", "vn.ldld.plan.recipients-listed.v1", planId, chunk);
        await().atMost(Duration.ofSeconds(20)).until(() -> listed(planId) == 1);

        assertThat(mongo.count(Query.query(Criteria.where("plan.planId").is(planId).and("subjectUnit.code")
                .is(tag + "-TC").and("status").is(NotificationStatus.PENDING).and("kind")
                .in(NotificationKind.ANSWERED_BY_REPORT)), Notification.class)).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("plan.planId").is(planId).and("subjectUnit.code")
                .is(tag + "-GD").and("status").is(NotificationStatus.PENDING).and("kind")
                .is(NotificationKind.DEADLINE_DAY)), Notification.class)).isEqualTo(1);
        // GD and TC had the plan from version 1: not issued again
        assertThat(count(planId, NotificationKind.PLAN_ISSUED, NotificationStatus.PENDING)).isEqualTo(3);
    }

    @Test
    void aUnitInformedOnlyFromAnAmendmentIsNoLongerReminded() {
        String planId = newPlanId();
        clock.set("2023-07-12T02:30:00Z");
        List<String> units = units(TestPlans.tag(), 2);
        publish("plan-events", "vn.ldld.plan.published.v2", planId, published(planId, 2));
        publish("plan-events", "vn.ldld.plan.recipients-listed.v1", planId, chunks(planId, 1, units).get(0));
        publish("plan-events", "vn.ldld.plan.amended.v2", planId, amended(planId, units.get(1), 1));
        ObjectNode chunk = chunks(planId, 2, units).get(0);
        ((ObjectNode) chunk.get("recipients").get(1)).put("role", "FOR_INFORMATION");
        publish("plan-events", "vn.ldld.plan.recipients-listed.v1", planId, chunk);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count(planId, NotificationKind.PLAN_AMENDED, NotificationStatus.PENDING) == 2);

        assertThat(count(planId, NotificationKind.DEADLINE_DAY, NotificationStatus.PENDING)).isEqualTo(1);
        assertThat(count(planId, NotificationKind.DEADLINE_DAY, NotificationStatus.CANCELLED)).isEqualTo(1);
        assertThat(listed(planId)).isEqualTo(2);
    }

    private long listed(String planId) {
        return mongo.count(Query.query(Criteria.where("planId").is(planId)), "plan_recipients");
    }

    private long count(String planId, NotificationKind kind, NotificationStatus status) {
        return mongo.count(Query.query(Criteria.where("plan.planId").is(planId).and("kind").is(kind)
                .and("status").is(status)), Notification.class);
    }

    private static List<String> units(String tag, int count) {
        List<String> units = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            units.add("%s-CS-%05d".formatted(tag, i));
        }
        return units;
    }

    private ObjectNode published(String planId, int mustReport) {
        return v2(TestPlans.published(planId, clock.instant(), DEADLINE, TestPlans.tag()), mustReport);
    }

    /** Version 2, the deadline kept, {@code dropped} no longer a recipient. */
    private ObjectNode amended(String planId, String dropped, int mustReport) {
        ObjectNode event = (ObjectNode) TestPlans.JSON.readTree(TestPlans.CONTRACTS.example("plan-amended"));
        event.put("planId", planId).put("amendedAt", clock.instant().toString());
        ArrayNode changes = event.putArray("changes");
        changes.addObject().put("kind", "RECIPIENT_REMOVED").put("unitCode", dropped).put("field", "recipients");
        ObjectNode plan = (ObjectNode) event.get("plan");
        plan.put("planId", planId);
        ((ObjectNode) plan.get("phases").get(0)).put("reportDeadline", DEADLINE.toString());
        return v2(event, mustReport);
    }

    private static ObjectNode closed(String planId) {
        ObjectNode event = (ObjectNode) TestPlans.JSON.readTree(TestPlans.CONTRACTS.example("plan-closed"));
        return event.put("planId", planId);
    }

    /** A v1 plan event made a v2 one: no recipients, their summary instead. */
    private static ObjectNode v2(ObjectNode event, int mustReport) {
        ObjectNode plan = (ObjectNode) event.get("plan");
        plan.remove("recipients");
        plan.putObject("recipientSummary").put("mustReport", mustReport).put("forInformation", 0)
                .put("chunks", (mustReport + CHUNK - 1) / CHUNK);
        plan.putArray("recipientRules");
        plan.putArray("excludedUnitCodes");
        plan.putArray("otherRecipients").add("Lưu: VT, Ban TG-NC");
        ((ObjectNode) plan.get("signer")).remove("fullName");
        return event;
    }

    /** The PlanRecipientsListed events of {@code version}: {@code units} as must-report grassroots unions. */
    private static List<ObjectNode> chunks(String planId, int version, List<String> units) {
        int count = (units.size() + CHUNK - 1) / CHUNK;
        List<ObjectNode> chunks = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            ObjectNode chunk = TestPlans.JSON.createObjectNode().put("planId", planId).put("version", version)
                    .put("chunk", c + 1).put("chunks", count);
            ArrayNode listed = chunk.putArray("recipients");
            for (String code : units.subList(c * CHUNK, Math.min(units.size(), (c + 1) * CHUNK))) {
                listed.addObject().put("role", "MUST_REPORT").set("unit", TestPlans.recipient(code,
                        "Công đoàn cơ sở " + code, "GRASSROOTS_UNION", TestPlans.PARENT, "MUST_REPORT").get("unit"));
            }
            chunks.add(chunk);
        }
        return chunks;
    }
}
