package vn.ldld.notification.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import vn.ldld.notification.NotificationTestSupport;
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

    private Notification receipt(String unitCode) {
        clock.set("2023-07-20T04:00:00Z");
        PlanRef plan = new PlanRef(UUID.randomUUID().toString(), "15/KH-LĐLĐ", "Báo cáo", "Asia/Ho_Chi_Minh", null);
        Addressee unit = Addressee.known(unitCode);
        return Notification.of(plan, 1, NotificationKind.REPORT_RECEIVED, unit, unit, null, clock.instant(),
                Map.of("receiptNumber", "41", "receiptYear", "2023", "receivingUnitName", "LĐLĐ tỉnh",
                        "received", "báo cáo", "receivedAt", "11:00 ngày 20/07/2023",
                        "timeliness", "Báo cáo gửi đúng hạn."), clock.instant());
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

    private List<Delivery> handedOver(Notification notification) {
        return mongo.find(Query.query(Criteria.where("notificationId").is(notification.notificationId())),
                Delivery.class);
    }

    private List<InboxEntry> inboxOf(Notification notification) {
        return mongo.find(Query.query(Criteria.where("_id").is(notification.notificationId())), InboxEntry.class);
    }

    private double count(String name) {
        return meters.find(name).tag("kind", NotificationKind.REPORT_RECEIVED.name()).counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
