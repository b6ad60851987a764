package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.notification.inbox.InboxEntry;
import vn.ldld.notification.schedule.Notification;
import vn.ldld.notification.schedule.NotificationKind;
import vn.ldld.notification.schedule.NotificationStatus;

/** Amendments, plan ends, returned and accepted reports, duplicate and out-of-order events. */
class PlanChangesTests extends NotificationTestSupport {

    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");
    private static final Instant EXTENDED = Instant.parse("2023-07-28T17:00:00Z");

    @Test
    void anAmendmentMovingTheDeadlineReschedulesAddsAndRemovesRecipientsAndTellsEveryone() {
        String planId = UUID.randomUUID().toString();
        String tag = TestPlans.tag();
        clock.set("2023-07-12T02:30:00Z");
        ObjectNode published = TestPlans.published(planId, clock.instant(), DEADLINE, tag, "GD", "TC");
        publish("plan-events", "vn.ldld.plan.published.v1", planId, published);
        await().until(() -> notificationsOf(planId).size() == 3 + 2 * 5);
        runScheduler();

        clock.set("2023-07-20T03:00:00Z");
        ObjectNode amended = (ObjectNode) TestPlans.JSON.readTree(TestPlans.CONTRACTS.example("plan-amended"));
        ObjectNode plan = (ObjectNode) published.get("plan").deepCopy();
        plan.put("version", 2);
        ((ObjectNode) plan.get("phases").get(0)).put("reportDeadline", EXTENDED.toString());
        ArrayNode recipients = (ArrayNode) plan.get("recipients");
        recipients.remove(2); // <tag>-TC
        recipients.add(TestPlans.recipient(tag + "-CDVC", "Công đoàn Viên chức tỉnh", "SECTOR_UNION", "LDLD-TN",
                "MUST_REPORT"));
        amended.put("planId", planId);
        amended.put("amendedAt", clock.instant().toString());
        amended.set("plan", plan);
        ArrayNode changes = amended.putArray("changes");
        changes.addObject().put("kind", "DEADLINE_CHANGED").put("phaseNumber", 1)
                .put("field", "phases[0].reportDeadline").put("from", DEADLINE.toString()).put("to", EXTENDED.toString());
        changes.addObject().put("kind", "RECIPIENT_ADDED").put("unitCode", tag + "-CDVC").put("field", "recipients");
        changes.addObject().put("kind", "RECIPIENT_REMOVED").put("unitCode", tag + "-TC").put("field", "recipients");
        TestPlans.CONTRACTS.validate("plan-amended", TestPlans.JSON.writeValueAsString(amended));
        publish("plan-events", "vn.ldld.plan.amended.v1", planId, amended);
        await().until(() -> notificationsOf(planId).stream().anyMatch(n -> n.kind() == NotificationKind.PLAN_AMENDED));

        List<Notification> all = notificationsOf(planId);
        assertThat(all).filteredOn(n -> n.subjectUnit().code().equals(tag + "-GD")
                        && NotificationKind.FROM_DEADLINE.contains(n.kind()) && n.status() == NotificationStatus.PENDING)
                .extracting(Notification::deadline).containsOnly(EXTENDED);
        assertThat(all).filteredOn(n -> n.subjectUnit().code().equals(tag + "-GD")
                        && n.status() == NotificationStatus.CANCELLED).extracting(Notification::deadline)
                .containsOnly(DEADLINE).hasSize(5);
        assertThat(all).filteredOn(n -> n.subjectUnit().code().equals(tag + "-TC")
                        && NotificationKind.FROM_DEADLINE.contains(n.kind())).extracting(Notification::status)
                .containsOnly(NotificationStatus.CANCELLED);
        assertThat(all).filteredOn(n -> n.subjectUnit().code().equals(tag + "-CDVC")).extracting(Notification::kind)
                .contains(NotificationKind.PLAN_ISSUED, NotificationKind.BEFORE_DEADLINE, NotificationKind.OVERDUE_NOTICE);
        assertThat(all).filteredOn(n -> n.kind() == NotificationKind.PLAN_AMENDED).extracting(n -> n.unit().code())
                .containsExactlyInAnyOrder(tag + "-INFO", tag + "-GD", tag + "-TC", tag + "-CDVC");

        runScheduler();
        InboxEntry told = mongo.findById(all.stream().filter(n -> n.kind() == NotificationKind.PLAN_AMENDED
                && n.unit().code().equals(tag + "-GD")).findFirst().orElseThrow().notificationId(), InboxEntry.class);
        assertThat(told.body()).contains("- Hạn báo cáo đợt 1: 00:00 ngày 26/07/2023 → 00:00 ngày 29/07/2023")
                .contains("- Bổ sung nơi nhận: Công đoàn Viên chức tỉnh")
                .contains("- Bỏ nơi nhận: Liên đoàn Lao động huyện TC")
                .doesNotContain(tag + "-");

        runAt(DEADLINE.plus(Duration.ofHours(1)));
        assertThat(notificationsOf(planId)).filteredOn(n -> n.kind() == NotificationKind.OVERDUE_NOTICE
                && n.status() == NotificationStatus.SENT).isEmpty();
        runAt(EXTENDED);
        assertThat(notificationsOf(planId)).filteredOn(n -> n.kind() == NotificationKind.OVERDUE_NOTICE
                && n.status() == NotificationStatus.SENT).extracting(n -> n.unit().code())
                .containsExactlyInAnyOrder(tag + "-GD", tag + "-CDVC");
    }

    @Test
    void closingAPlanCancelsWhatIsPendingAndTellsTheRecipients() {
        String planId = UUID.randomUUID().toString();
        String tag = TestPlans.tag();
        clock.set("2023-07-12T02:30:00Z");
        publish("plan-events", "vn.ldld.plan.published.v1", planId,
                TestPlans.published(planId, clock.instant(), DEADLINE, tag, "GD"));
        await().until(() -> notificationsOf(planId).size() == 2 + 5);
        ObjectNode cancelled = (ObjectNode) TestPlans.JSON.readTree(TestPlans.CONTRACTS.example("plan-cancelled"));
        cancelled.put("planId", planId);
        publish("plan-events", "vn.ldld.plan.cancelled.v1", planId, cancelled);
        await().until(() -> notificationsOf(planId).stream().anyMatch(n -> n.kind() == NotificationKind.PLAN_CANCELLED));

        runAt(DEADLINE.plus(Duration.ofDays(1)));
        assertThat(notificationsOf(planId)).filteredOn(n -> n.status() == NotificationStatus.SENT)
                .extracting(Notification::kind).containsOnly(NotificationKind.PLAN_ISSUED,
                        NotificationKind.PLAN_CANCELLED).hasSize(4);
        assertThat(notificationsOf(planId)).filteredOn(n -> NotificationKind.FROM_DEADLINE.contains(n.kind()))
                .extracting(Notification::status).containsOnly(NotificationStatus.CANCELLED);
    }

    @Test
    void aReturnedReportIsToldWithItsReasonAndRemindedOnlyIfNotResubmitted() {
        String planId = UUID.randomUUID().toString();
        String tag = TestPlans.tag();
        String unit = tag + "-TC";
        clock.set("2023-07-12T02:30:00Z");
        publish("plan-events", "vn.ldld.plan.published.v1", planId,
                TestPlans.published(planId, clock.instant(), DEADLINE, tag, "TC", "GD"));
        await().until(() -> notificationsOf(planId).size() == 3 + 2 * 5);
        clock.set("2023-07-21T02:00:00Z");
        publish("report-events", "vn.ldld.report.submitted.v1", planId,
                TestPlans.submitted(planId, unit, clock.instant(), DEADLINE, 12));
        publish("report-events", "vn.ldld.report.submitted.v1", planId,
                TestPlans.submitted(planId, tag + "-GD", clock.instant(), DEADLINE, 13));
        clock.set("2023-07-22T02:00:00Z");
        publish("report-events", "vn.ldld.report.returned.v1", planId, returned(planId, unit, 1));
        publish("report-events", "vn.ldld.report.returned.v1", planId, returned(planId, tag + "-GD", 1));
        await().until(() -> notificationsOf(planId).stream()
                .filter(n -> n.kind() == NotificationKind.RETURNED_FOLLOW_UP).count() == 2);

        clock.set("2023-07-23T02:00:00Z");
        ObjectNode resubmitted = TestPlans.submitted(planId, tag + "-GD", Instant.parse("2023-07-21T02:00:00Z"),
                DEADLINE, 13);
        resubmitted.put("revision", 2).put("status", "RESUBMITTED");
        publish("report-events", "vn.ldld.report.submitted.v1", planId, resubmitted);
        await().until(() -> notificationsOf(planId).stream().filter(n -> n.kind() == NotificationKind.REPORT_RECEIVED)
                .count() == 3);

        runAt(Instant.parse("2023-07-24T03:00:00Z"));
        assertThat(notificationsOf(planId)).filteredOn(n -> n.kind() == NotificationKind.RETURNED_FOLLOW_UP)
                .extracting(n -> n.unit().code() + ":" + n.status())
                .containsExactlyInAnyOrder(unit + ":SENT", tag + "-GD:CANCELLED");
        Notification returnedNotice = notificationsOf(planId).stream().filter(n -> n.kind()
                == NotificationKind.REPORT_RETURNED && n.unit().code().equals(unit)).findFirst().orElseThrow();
        assertThat(mongo.findById(returnedNotice.notificationId(), InboxEntry.class).body())
                .contains("Lý do: Báo cáo chưa có số liệu kinh phí vận động");

        ObjectNode accepted = (ObjectNode) TestPlans.JSON.readTree(TestPlans.CONTRACTS.example("report-accepted"));
        accepted.put("planId", planId).put("unitCode", tag + "-GD").put("revision", 2);
        publish("report-events", "vn.ldld.report.accepted.v1", planId, accepted);
        await().until(() -> notificationsOf(planId).stream().anyMatch(n -> n.kind() == NotificationKind.REPORT_ACCEPTED));
        runAt(Instant.parse("2023-07-24T04:00:00Z"));
        assertThat(get("/api/notifications?unit=" + tag + "-GD&unread=true").json().get("items").get(0)
                .get("title").asString())
                .isEqualTo("Báo cáo đã được tiếp nhận – Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023");
    }

    @Test
    void aDuplicateEventChangesNothingAndAReportReadBeforeItsPlanStillStopsTheReminders() {
        String planId = UUID.randomUUID().toString();
        String tag = TestPlans.tag();
        clock.set("2023-07-12T02:30:00Z");
        publish("report-events", "vn.ldld.report.submitted.v1", planId,
                TestPlans.submitted(planId, tag + "-GD", clock.instant(), DEADLINE, 3));
        await().until(() -> notificationsOf(planId).size() == 1);
        ObjectNode plan = TestPlans.published(planId, clock.instant(), DEADLINE, tag, "GD", "TC");
        String eventId = publish("plan-events", "vn.ldld.plan.published.v1", planId, plan);
        publish("plan-events", "vn.ldld.plan.published.v1", planId, plan, eventId);
        publish("plan-events", "vn.ldld.plan.published.v1", planId, plan);
        await().until(() -> notificationsOf(planId).size() == 1 + 3 + 2 * 5);

        runAt(DEADLINE.plus(Duration.ofHours(1)));
        assertThat(notificationsOf(planId)).hasSize(1 + 3 + 2 * 5);
        assertThat(notificationsOf(planId)).filteredOn(n -> n.subjectUnit().code().equals(tag + "-GD")
                && NotificationKind.FROM_DEADLINE.contains(n.kind())).extracting(Notification::status)
                .containsOnly(NotificationStatus.CANCELLED);
        assertThat(notificationsOf(planId)).filteredOn(n -> n.kind() == NotificationKind.OVERDUE_NOTICE
                && n.status() == NotificationStatus.SENT).extracting(n -> n.unit().code()).containsExactly(tag + "-TC");
    }

    @Test
    void theContractsExamplesAreRead() {
        ObjectNode published = (ObjectNode) TestPlans.JSON.readTree(TestPlans.CONTRACTS.example("plan-published"));
        String planId = published.get("planId").asString();
        clock.set("2023-07-12T02:30:00Z");
        publish("plan-events", "vn.ldld.plan.published.v1", planId, published);
        publish("report-events", "vn.ldld.report.submitted.v1", planId,
                TestPlans.JSON.readTree(TestPlans.CONTRACTS.example("report-submitted")));
        await().until(() -> notificationsOf(planId).stream().anyMatch(n -> n.kind() == NotificationKind.REPORT_RECEIVED)
                && notificationsOf(planId).stream().anyMatch(n -> n.kind() == NotificationKind.ESCALATION));
    }

    private static ObjectNode returned(String planId, String unitCode, int revision) {
        ObjectNode event = (ObjectNode) TestPlans.JSON.readTree(TestPlans.CONTRACTS.example("report-returned"));
        event.put("planId", planId).put("unitCode", unitCode).put("revision", revision)
                .put("returnedAt", "2023-07-22T02:00:00Z");
        return event;
    }
}
