package vn.ldld.notification.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.MeterRegistry;
import vn.ldld.notification.NotificationTestSupport;
import vn.ldld.notification.StoreCommands;
import vn.ldld.notification.delivery.Deliveries;
import vn.ldld.notification.delivery.Deliveries.Reach;
import vn.ldld.notification.delivery.Delivery;
import vn.ldld.notification.inbox.InboxEntry;

/**
 * A notice due at once is handed over while its event is applied, never stored PENDING: applied again after a
 * crash at any step, it is neither lost nor sent twice.
 */
class NoticesSentAtOnceTests extends NotificationTestSupport {

    @Autowired
    private Deliveries deliveries;

    @Autowired
    private DueDecisions decisions;

    @Autowired
    private NoticeRenderer renderer;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private StoreCommands commands;

    @Autowired
    private Schedule schedule;

    private Notification receipt(String unitCode) {
        clock.set("2023-07-20T04:00:00Z");
        PlanRef plan = new PlanRef(UUID.randomUUID().toString(), "15/KH-LĐLĐ", "Báo cáo", "Asia/Ho_Chi_Minh", null);
        Addressee unit = Addressee.known(unitCode);
        return Notification.of(plan, 1, NotificationKind.REPORT_RECEIVED, unit, unit, null, clock.instant(),
                Map.of("receiptNumber", "41", "receiptYear", "2023", "receivingUnitName", "LĐLĐ tỉnh",
                        "received", "báo cáo", "receivedAt", "11:00 ngày 20/07/2023",
                        "timeliness", "Báo cáo gửi đúng hạn."), clock.instant());
    }

    /** A reminder of {@code kind} to {@code unit}, of the receipt's plan and phase, due at {@code dueAt}. */
    private Notification reminder(Notification receipt, NotificationKind kind, Addressee unit, Instant deadline,
                                  Instant dueAt) {
        return Notification.of(receipt.plan(), 1, kind, unit, unit, deadline, dueAt, Map.of(), clock.instant());
    }

    @Test
    void aNoticeDueNowIsStoredSentWithItsInboxEntryAndDeliveries() {
        Notification receipt = receipt("LDLD-" + UUID.randomUUID().toString().substring(0, 6));
        double scheduled = count("reminders.scheduled");
        double sent = count("reminders.sent");

        dispatcher.sendNow(receipt);

        Notification stored = mongo.findById(receipt.id(), Notification.class);
        assertThat(stored.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(stored.sentAt()).isEqualTo(clock.instant());
        assertThat(stored.channels()).containsExactly("IN_APP", "EMAIL");
        assertThat(handedOver(receipt)).hasSize(2);
        assertThat(inboxOf(receipt)).hasSize(1);
        assertThat(count("reminders.scheduled")).isEqualTo(scheduled + 1);
        assertThat(count("reminders.sent")).isEqualTo(sent + 2);
    }

    @Test
    void appliedAgainAfterACrashBeforeItWasStoredItIsStoredOnceAndHandedOverOnce() {
        Notification receipt = receipt("LDLD-" + UUID.randomUUID().toString().substring(0, 6));
        // the first attempt handed it over, then died before storing it
        Reach reach = decisions.channelsFor(receipt);
        deliveries.deliver(renderer.render(receipt, reach.names(), clock.instant()).outgoing(), reach);
        assertThat(mongo.findById(receipt.id(), Notification.class)).isNull();

        dispatcher.sendNow(receipt);
        dispatcher.sendNow(receipt); // and once more, after it was stored

        assertThat(mongo.findById(receipt.id(), Notification.class).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(handedOver(receipt)).hasSize(2);
        assertThat(inboxOf(receipt)).hasSize(1);
    }

    @Test
    void aNoticeNotDueYetIsScheduledAsAnyOther() {
        Notification receipt = receipt("LDLD-" + UUID.randomUUID().toString().substring(0, 6));
        clock.set(receipt.dueAt().minusSeconds(60));

        dispatcher.sendNow(receipt);

        assertThat(mongo.findById(receipt.id(), Notification.class).status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(handedOver(receipt)).isEmpty();
    }

    @Test
    void theNoticesOfOneEventAreHandedOverTogetherInOneCommandPerCollection() {
        Notification receipt = receipt("LDLD-" + UUID.randomUUID().toString().substring(0, 6));
        Notification toReview = toReview(receipt, "LDLD-" + UUID.randomUUID().toString().substring(0, 6));
        double scheduled = count("reminders.scheduled");
        double delivered = count("reminders.delivered");

        commands.start();
        dispatcher.sendNow(List.of(receipt, toReview), Schedule.Cancelling.NONE);
        Map<String, Integer> counted = commands.stop();

        for (Notification notice : List.of(receipt, toReview)) {
            Notification stored = mongo.findById(notice.id(), Notification.class);
            // stored as an insert of it would store it
            assertThat(stored).isEqualTo(notice.sent(clock.instant(), List.of("IN_APP", "EMAIL")));
            assertThat(handedOver(notice)).extracting(Delivery::unitCode).containsOnly(notice.unit().code())
                    .hasSize(2);
            assertThat(inboxOf(notice)).extracting(InboxEntry::unitCode).containsExactly(notice.unit().code());
        }
        assertThat(count("reminders.scheduled")).isEqualTo(scheduled + 1);
        assertThat(count("reminders.delivered")).isEqualTo(delivered + 1);
        // both units' preferences in one read; the inbox entries and the 4 deliveries in one insert each; the
        // notices in one write
        assertThat(counted).containsEntry("preferences find", 1).containsEntry("inbox insert", 1)
                .containsEntry("deliveries insert", 1).containsEntry("notifications update", 1)
                .doesNotContainKey("notifications insert");
    }

    @Test
    void noticesOfOneEventAppliedAgainAfterACrashMidwayAreStoredOnceAndHandedOverOnce() {
        Notification receipt = receipt("LDLD-" + UUID.randomUUID().toString().substring(0, 6));
        Notification toReview = toReview(receipt, "LDLD-" + UUID.randomUUID().toString().substring(0, 6));
        // the first attempt handed the receipt over, then died before handing over the other and storing either
        Reach reach = decisions.channelsFor(receipt);
        deliveries.deliver(renderer.render(receipt, reach.names(), clock.instant()).outgoing(), reach);
        double scheduled = stored();

        dispatcher.sendNow(List.of(receipt, toReview), Schedule.Cancelling.NONE);
        // and once more, after they were stored
        dispatcher.sendNow(List.of(receipt, toReview), Schedule.Cancelling.NONE);

        for (Notification notice : List.of(receipt, toReview)) {
            assertThat(mongo.findById(notice.id(), Notification.class).status()).isEqualTo(NotificationStatus.SENT);
            assertThat(handedOver(notice)).hasSize(2);
            assertThat(inboxOf(notice)).hasSize(1);
        }
        assertThat(stored()).isEqualTo(scheduled + 2);
    }

    @Test
    void ofTheNoticesOfOneEventOneStoredAlreadyIsLeftAsItIsAndTheOtherIsSent() {
        Notification receipt = receipt("LDLD-" + UUID.randomUUID().toString().substring(0, 6));
        Notification toReview = toReview(receipt, "LDLD-" + UUID.randomUUID().toString().substring(0, 6));
        // the review notice stored PENDING by an earlier version: the dispatcher's to send
        mongo.insert(toReview);

        dispatcher.sendNow(List.of(receipt, toReview), Schedule.Cancelling.NONE);

        assertThat(mongo.findById(receipt.id(), Notification.class).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(mongo.findById(toReview.id(), Notification.class).status())
                .isEqualTo(NotificationStatus.PENDING);
        assertThat(handedOver(receipt)).hasSize(2);
    }

    @Test
    void theRemindersTheEventCancelsAreCancelledInTheWriteThatStoresItsNotices() {
        Notification receipt = receipt("LDLD-" + UUID.randomUUID().toString().substring(0, 6));
        Addressee unit = receipt.unit();
        Instant deadline = clock.instant().plus(Duration.ofDays(5));
        Notification dayBefore = reminder(receipt, NotificationKind.BEFORE_DEADLINE, unit, deadline,
                deadline.minus(Duration.ofDays(1)));
        Notification overdue = reminder(receipt, NotificationKind.OVERDUE_NOTICE, unit, deadline, deadline);
        Notification othersOverdue = reminder(receipt, NotificationKind.OVERDUE_NOTICE,
                Addressee.known(unit.code() + "-2"), deadline, deadline);
        schedule.add(List.of(dayBefore, overdue, othersOverdue));
        double cancelledBefore = count("reminders.cancelled", NotificationKind.BEFORE_DEADLINE);
        double cancelledOverdue = count("reminders.cancelled", NotificationKind.OVERDUE_NOTICE);

        commands.start();
        dispatcher.sendNow(List.of(receipt), schedule.toCancel(receipt.plan().planId(), 1, unit.code(),
                NotificationKind.ANSWERED_BY_REPORT, Set.of(), "the unit reported"));
        Map<String, Integer> counted = commands.stop();

        assertThat(mongo.findById(receipt.id(), Notification.class).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(List.of(dayBefore, overdue)).allSatisfy(reminder -> {
            Notification stored = mongo.findById(reminder.id(), Notification.class);
            assertThat(stored.status()).isEqualTo(NotificationStatus.CANCELLED);
            assertThat(stored.outcome()).isEqualTo("the unit reported");
        });
        assertThat(mongo.findById(othersOverdue.id(), Notification.class).status())
                .isEqualTo(NotificationStatus.PENDING);
        assertThat(count("reminders.cancelled", NotificationKind.BEFORE_DEADLINE)).isEqualTo(cancelledBefore + 1);
        assertThat(count("reminders.cancelled", NotificationKind.OVERDUE_NOTICE)).isEqualTo(cancelledOverdue + 1);
        // the pending ones read; the notice stored and they cancelled in one update
        assertThat(counted).containsEntry("notifications find", 1).containsEntry("notifications update", 1)
                .doesNotContainKey("notifications insert");

        // applied again after a crash: nothing more cancelled, counted, handed over or stored
        dispatcher.sendNow(List.of(receipt), schedule.toCancel(receipt.plan().planId(), 1, unit.code(),
                NotificationKind.ANSWERED_BY_REPORT, Set.of(), "the unit reported"));
        assertThat(count("reminders.cancelled", NotificationKind.BEFORE_DEADLINE)).isEqualTo(cancelledBefore + 1);
        assertThat(count("reminders.cancelled", NotificationKind.OVERDUE_NOTICE)).isEqualTo(cancelledOverdue + 1);
        assertThat(handedOver(receipt)).hasSize(2);
        assertThat(mongo.find(Query.query(Criteria.where("_id").is(receipt.id())), Notification.class)).hasSize(1);
    }

    @Test
    void whatTheEventCancelsIsCancelledWhenItsNoticeIsNotDueYet() {
        Notification receipt = receipt("LDLD-" + UUID.randomUUID().toString().substring(0, 6));
        Addressee unit = receipt.unit();
        Instant deadline = clock.instant().plus(Duration.ofDays(5));
        Notification overdue = reminder(receipt, NotificationKind.OVERDUE_NOTICE, unit, deadline, deadline);
        schedule.add(List.of(overdue));
        clock.set(receipt.dueAt().minusSeconds(60));

        dispatcher.sendNow(List.of(receipt), schedule.toCancel(receipt.plan().planId(), 1, unit.code(),
                NotificationKind.ANSWERED_BY_REPORT, Set.of(), "the unit reported"));

        assertThat(mongo.findById(receipt.id(), Notification.class).status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(mongo.findById(overdue.id(), Notification.class).status())
                .isEqualTo(NotificationStatus.CANCELLED);
    }

    private Notification toReview(Notification receipt, String parentCode) {
        Map<String, String> details = new java.util.HashMap<>(receipt.details());
        details.put("revision", "1");
        details.put("reportId", UUID.randomUUID().toString());
        return Notification.of(receipt.plan(), receipt.phaseNumber(), NotificationKind.REPORT_TO_REVIEW,
                Addressee.known(parentCode), receipt.subjectUnit(), receipt.deadline(), receipt.dueAt(), details,
                clock.instant());
    }

    private List<Delivery> handedOver(Notification notification) {
        return mongo.find(Query.query(Criteria.where("notificationId").is(notification.notificationId())),
                Delivery.class);
    }

    private List<InboxEntry> inboxOf(Notification notification) {
        return mongo.find(Query.query(Criteria.where("_id").is(notification.notificationId())), InboxEntry.class);
    }

    private double count(String name) {
        return count(name, NotificationKind.REPORT_RECEIVED);
    }

    /** The notices of both kinds stored, as counted. */
    private double stored() {
        return count("reminders.scheduled") + count("reminders.scheduled", NotificationKind.REPORT_TO_REVIEW);
    }

    private double count(String name, NotificationKind kind) {
        return total(meters.find(name).tag("kind", kind.name()));
    }
}
