package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.notification.inbox.InboxEntry;
import vn.ldld.notification.schedule.Dispatcher;
import vn.ldld.notification.schedule.Notification;
import vn.ldld.notification.schedule.NotificationKind;
import vn.ldld.notification.schedule.NotificationStatus;

/** Several instances, restarts and downtime: everything due is sent once, nothing stale is. */
class SchedulerTests extends NotificationTestSupport {

    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");

    @Test
    void twoInstancesOverOneDatabaseSendEachDueNotificationExactlyOnce() throws Exception {
        String planId = UUID.randomUUID().toString();
        String tag = TestPlans.tag();
        String[] units = IntStream.range(0, 12).mapToObj(i -> "U" + i).toArray(String[]::new);
        clock.set("2023-07-12T02:30:00Z");
        publish("plan-events", "vn.ldld.plan.published.v1", planId,
                TestPlans.published(planId, clock.instant(), DEADLINE, tag, units));
        await().until(() -> notificationsOf(planId).size() == 13 + 12 * 5);
        clock.set(DEADLINE.plus(Duration.ofMinutes(5)));

        Dispatcher first = dispatcher.asInstance("instance-a");
        Dispatcher second = dispatcher.asInstance("instance-b");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> passes = pool.invokeAll(List.<Callable<Integer>>of(first::dispatchDue,
                    second::dispatchDue));
            int claimed = 0;
            for (Future<Integer> pass : passes) {
                claimed += pass.get();
            }
            assertThat(claimed).as("this plan's, and any other test's left due").isGreaterThanOrEqualTo(13 + 12 * 5);
        } finally {
            pool.shutdown();
        }

        List<Notification> all = notificationsOf(planId);
        assertThat(all).extracting(Notification::status).containsOnly(NotificationStatus.SENT,
                NotificationStatus.SKIPPED);
        assertThat(all).filteredOn(n -> n.status() == NotificationStatus.SENT)
                .extracting(Notification::kind).filteredOn(k -> k == NotificationKind.OVERDUE_NOTICE).hasSize(12);
        assertThat(all).filteredOn(n -> n.kind() == NotificationKind.BEFORE_DEADLINE
                || n.kind() == NotificationKind.DEADLINE_DAY).extracting(Notification::status)
                .containsOnly(NotificationStatus.SKIPPED);
        long inbox = mongo.count(Query.query(Criteria.where("planId").is(planId)), InboxEntry.class);
        assertThat(inbox).isEqualTo(13 + 12 + 12);
        try (TestTopic topic = new TestTopic(brokers, "notification-events")) {
            await().until(() -> CadenceTests.events(topic, planId, "reminder-sent").size() >= 24
                    && CadenceTests.events(topic, planId, "report-overdue").size() >= 12);
            assertThat(CadenceTests.events(topic, planId, "reminder-sent")).hasSize(24);
            assertThat(CadenceTests.events(topic, planId, "report-overdue")).hasSize(12);
        }
    }

    @Test
    void aClaimLeftByAnInstanceThatDiedIsTakenOverAfterItsLeaseAndSentOnce() {
        String planId = UUID.randomUUID().toString();
        String tag = TestPlans.tag();
        clock.set("2023-07-12T02:30:00Z");
        publish("plan-events", "vn.ldld.plan.published.v1", planId,
                TestPlans.published(planId, clock.instant(), DEADLINE, tag, "GD"));
        await().until(() -> notificationsOf(planId).size() == 2 + 5);
        clock.set("2023-07-12T02:31:00Z");

        Dispatcher dead = dispatcher.asInstance("instance-that-dies");
        List<Notification> claimedByTheDead = new ArrayList<>();
        Notification claimed;
        while ((claimed = dead.claim(clock.instant())) != null) {
            claimedByTheDead.add(claimed);
        }
        assertThat(claimedByTheDead).isNotEmpty();
        dispatcher.dispatchDue();
        assertThat(notificationsOf(planId)).as("leases still running").filteredOn(n -> n.kind()
                == NotificationKind.PLAN_ISSUED).extracting(Notification::owner).containsOnly("instance-that-dies");

        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(notificationsOf(planId)).filteredOn(n -> n.kind() == NotificationKind.PLAN_ISSUED)
                .extracting(Notification::status).containsOnly(NotificationStatus.SENT);
        assertThat(mongo.count(Query.query(Criteria.where("planId").is(planId)), InboxEntry.class)).isEqualTo(2);
    }

    @Test
    void afterDowntimeOnlyTheLatestStillRelevantReminderGoesOut() {
        String planId = UUID.randomUUID().toString();
        String tag = TestPlans.tag();
        clock.set("2023-07-12T02:30:00Z");
        publish("plan-events", "vn.ldld.plan.published.v1", planId,
                TestPlans.published(planId, clock.instant(), DEADLINE, tag, "GD"));
        await().until(() -> notificationsOf(planId).size() == 2 + 5);

        // down from before the 3-day reminder until after the 1-day one, up again before the deadline day 08:00
        runAt(Instant.parse("2023-07-24T20:00:00Z"));

        assertThat(statusOf(planId, NotificationKind.BEFORE_DEADLINE)).containsExactlyInAnyOrder(
                NotificationStatus.SKIPPED, NotificationStatus.SENT);
        Notification sent = notificationsOf(planId).stream().filter(n -> n.kind() == NotificationKind.BEFORE_DEADLINE
                && n.status() == NotificationStatus.SENT).findFirst().orElseThrow();
        assertThat(sent.dueAt()).isEqualTo(DEADLINE.minus(Duration.ofDays(1)));
        assertThat(statusOf(planId, NotificationKind.DEADLINE_DAY)).containsExactly(NotificationStatus.PENDING);
        runAt(Instant.parse("2023-07-25T01:00:00Z"));
        assertThat(statusOf(planId, NotificationKind.DEADLINE_DAY)).containsExactly(NotificationStatus.SENT);

        String other = UUID.randomUUID().toString();
        clock.set("2023-07-12T02:30:00Z");
        publish("plan-events", "vn.ldld.plan.published.v1", other,
                TestPlans.published(other, clock.instant(), DEADLINE, TestPlans.tag(), "GD"));
        await().until(() -> notificationsOf(other).size() == 2 + 5);
        // down until after the deadline: no reminder at all, only the overdue notice and the escalation
        runAt(DEADLINE.plus(Duration.ofDays(30)));
        assertThat(notificationsOf(other)).filteredOn(n -> n.status() == NotificationStatus.SENT)
                .extracting(Notification::kind).containsExactlyInAnyOrder(NotificationKind.PLAN_ISSUED,
                        NotificationKind.PLAN_ISSUED, NotificationKind.OVERDUE_NOTICE, NotificationKind.ESCALATION);
    }

    private List<NotificationStatus> statusOf(String planId, NotificationKind kind) {
        return notificationsOf(planId).stream().filter(n -> n.kind() == kind).map(Notification::status).toList();
    }
}
