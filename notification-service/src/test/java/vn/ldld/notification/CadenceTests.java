package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.notification.inbox.InboxEntry;
import vn.ldld.notification.schedule.Notification;
import vn.ldld.notification.schedule.NotificationKind;
import vn.ldld.notification.schedule.NotificationStatus;

/** The whole cadence of one plan: units that report early, late and never. */
class CadenceTests extends NotificationTestSupport {

    // "trước ngày 26/7/2023": 2023-07-26T00:00+07:00
    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");

    @Test
    void onlyTheUnitsThatHaveNotReportedAreRemindedThenOverdueAndEscalatedOnce() {
        String planId = UUID.randomUUID().toString();
        String tag = TestPlans.tag();
        String early = tag + "-EARLY";
        String late = tag + "-LATE";
        String never = tag + "-NEVER";
        clock.set("2023-07-12T02:30:00Z");
        publish("plan-events", "vn.ldld.plan.published.v1", planId,
                TestPlans.published(planId, clock.instant(), DEADLINE, tag, "EARLY", "LATE", "NEVER"));
        await().until(() -> notificationsOf(planId).size() == 4 + 3 * 5);

        runScheduler();
        assertThat(kinds(planId, NotificationStatus.SENT)).containsOnly(NotificationKind.PLAN_ISSUED).hasSize(4);
        assertThat(get("/api/notifications?unit=" + tag + "-INFO").json().get("items").get(0).get("title").asString())
                .isEqualTo("Ban hành Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023: "
                        + "phối hợp tham gia làm công tác dân vận đợt I/2023");

        clock.set("2023-07-20T04:00:00Z");
        publish("report-events", "vn.ldld.report.submitted.v1", planId,
                TestPlans.submitted(planId, early, clock.instant(), DEADLINE, 41));
        await().until(() -> notificationsOf(planId).stream().filter(n -> n.subjectUnit().code().equals(early)
                && n.status() == NotificationStatus.CANCELLED).count() == 5);

        runAt(Instant.parse("2023-07-22T17:00:00Z")); // 3 days before
        runAt(Instant.parse("2023-07-24T17:00:00Z")); // 1 day before
        runAt(Instant.parse("2023-07-25T01:00:00Z")); // 08:00 on 25/7, the last day
        runAt(DEADLINE);
        runAt(DEADLINE.plus(Duration.ofHours(1)));

        publish("report-events", "vn.ldld.report.submitted.v1", planId,
                TestPlans.submitted(planId, late, DEADLINE.plus(Duration.ofHours(2)), DEADLINE, 57));
        await().until(() -> notificationsOf(planId).stream()
                .anyMatch(n -> n.kind() == NotificationKind.REPORT_RECEIVED && n.unit().code().equals(late)));
        runAt(DEADLINE.plus(Duration.ofDays(3)));

        assertThat(sent(planId, early)).containsExactlyInAnyOrder(NotificationKind.PLAN_ISSUED,
                NotificationKind.REPORT_RECEIVED);
        assertThat(sent(planId, late)).containsExactlyInAnyOrder(NotificationKind.PLAN_ISSUED,
                NotificationKind.BEFORE_DEADLINE, NotificationKind.BEFORE_DEADLINE, NotificationKind.DEADLINE_DAY,
                NotificationKind.OVERDUE_NOTICE, NotificationKind.REPORT_RECEIVED);
        assertThat(sent(planId, never)).containsExactlyInAnyOrder(NotificationKind.PLAN_ISSUED,
                NotificationKind.BEFORE_DEADLINE, NotificationKind.BEFORE_DEADLINE, NotificationKind.DEADLINE_DAY,
                NotificationKind.OVERDUE_NOTICE);
        assertThat(notificationsOf(planId)).filteredOn(n -> n.kind() == NotificationKind.ESCALATION
                        && n.status() == NotificationStatus.SENT)
                .extracting(n -> n.unit().code() + "<-" + n.subjectUnit().code())
                .containsExactlyInAnyOrder("LDLD-TN<-" + late, "LDLD-TN<-" + never);

        Notification escalation = notificationsOf(planId).stream().filter(n -> n.kind() == NotificationKind.ESCALATION
                && n.subjectUnit().code().equals(never)).findFirst().orElseThrow();
        assertThat(mongo.findById(escalation.notificationId(), InboxEntry.class).body()).contains(
                "Kính gửi: Liên đoàn Lao động tỉnh Tây Ninh",
                "nhưng Liên đoàn Lao động huyện NEVER (" + never + ") chưa gửi báo cáo.");

        try (TestTopic topic = new TestTopic(brokers, "notification-events")) {
            await().until(() -> events(topic, planId, "report-overdue").size() == 2
                    && events(topic, planId, "reminder-sent").size() == 2 * 4 + 2);
            List<ConsumerRecord<String, String>> overdue = events(topic, planId, "report-overdue");
            assertThat(overdue).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(late, never);
            overdue.forEach(r -> TestPlans.CONTRACTS.validate("report-overdue", r.value()));
            events(topic, planId, "reminder-sent").forEach(r -> TestPlans.CONTRACTS.validate("reminder-sent",
                    r.value()));
        }

        String receipt = get("/api/notifications?unit=" + late).json().get("items").get(0).get("title").asString();
        assertThat(receipt)
                .isEqualTo("Đã nhận báo cáo – số đến 57/2023 – Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023");
    }

    private List<NotificationKind> kinds(String planId, NotificationStatus status) {
        return notificationsOf(planId).stream().filter(n -> n.status() == status).map(Notification::kind).toList();
    }

    private List<NotificationKind> sent(String planId, String unitCode) {
        return notificationsOf(planId).stream().filter(n -> n.status() == NotificationStatus.SENT
                && n.unit().code().equals(unitCode)).map(Notification::kind).toList();
    }

    static List<ConsumerRecord<String, String>> events(TestTopic topic, String planId, String name) {
        return topic.poll().stream().filter(r -> r.value().contains(planId))
                .filter(r -> name.equals(TestPlans.CONTRACTS.eventNameFor(TestTopic.header(r, "ce_type")))).toList();
    }
}
