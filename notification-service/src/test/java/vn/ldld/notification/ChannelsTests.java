package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.notification.delivery.Delivery;
import vn.ldld.notification.delivery.DeliveryStatus;
import vn.ldld.notification.schedule.NotificationKind;

/** E-mail over SMTP (GreenMail), quiet hours, batching, and signed webhooks with retries. */
class ChannelsTests extends NotificationTestSupport {

    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");
    private static final String SECRET = "bi-mat-cua-don-vi-0123456789";

    @Test
    void eMailsArriveInVietnameseBatchedPerUnitAndWaitForTheMorningInQuietHours() throws Exception {
        String tag = TestPlans.tag();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        clock.set("2023-07-12T02:30:00Z"); // 09:30 in Tây Ninh
        publish("plan-events", "vn.ldld.plan.published.v1", first,
                TestPlans.published(first, clock.instant(), DEADLINE, tag, "GD", "TC"));
        publish("plan-events", "vn.ldld.plan.published.v1", second,
                TestPlans.published(second, clock.instant(), DEADLINE, tag, "GD", "TC"));
        await().until(() -> notificationsOf(first).size() == 13 && notificationsOf(second).size() == 13);

        runScheduler();
        String gd = address(tag + "-GD");
        List<MimeMessage> issued = mailsTo(gd);
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0).getSubject())
                .isEqualTo("[LĐLĐ] 2 thông báo, nhắc việc gửi Liên đoàn Lao động huyện GD");
        assertThat(decoded(issued.get(0))).contains(
                "1. Ban hành Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023: "
                        + "phối hợp tham gia làm công tác dân vận đợt I/2023",
                "Kính gửi: Liên đoàn Lao động huyện GD",
                "Đơn vị thuộc diện phải báo cáo kết quả thực hiện theo từng đợt của kế hoạch.");

        clock.set("2023-07-20T04:00:00Z");
        publish("report-events", "vn.ldld.report.submitted.v1", first,
                TestPlans.submitted(first, tag + "-GD", clock.instant(), DEADLINE, 41));
        await().until(() -> notificationsOf(first).stream().anyMatch(n -> n.kind() == NotificationKind.REPORT_RECEIVED));
        runScheduler();
        MimeMessage receipt = mailsTo(gd).get(1);
        assertThat(receipt.getSubject()).isEqualTo(
                "Đã nhận báo cáo – số đến 41/2023 – Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023");
        assertThat(decoded(receipt)).contains("Số đến: 41/2023", "Thời điểm nhận: 11:00 ngày 20/07/2023",
                "Báo cáo gửi đúng hạn.", "Liên đoàn Lao động tỉnh Tây Ninh đã nhận báo cáo kết quả đợt 1")
                .doesNotContain("LDLD-TN");

        // the deadline is 00:00 in Tây Ninh: the overdue notices are in the inbox at once, e-mailed at 07:00
        String tc = address(tag + "-TC");
        int before = mailsTo(tc).size();
        runAt(DEADLINE);
        runAt(Instant.parse("2023-07-25T23:59:00Z"));
        assertThat(mailsTo(tc)).hasSize(before);
        assertThat(get("/api/notifications?unit=" + tag + "-TC&unread=true").json().get("items").get(0)
                .get("title").asString())
                .isEqualTo("Quá hạn báo cáo: Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023");
        runAt(Instant.parse("2023-07-26T00:00:00Z"));
        List<MimeMessage> morning = mailsTo(tc);
        assertThat(morning).hasSize(before + 1);
        assertThat(decoded(morning.get(before))).contains(
                "1. Quá hạn báo cáo: Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023",
                "2. Quá hạn báo cáo: Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023",
                "Đã quá hạn gửi báo cáo kết quả đợt 1 theo Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023 về việc phối hợp "
                        + "tham gia làm công tác dân vận đợt I/2023 (hạn: trước 00:00 ngày 26/07/2023)");
    }

    @Test
    void theAcknowledgementOfARevisionSaysWhichWasReceivedInTheInboxAndByEMail() throws Exception {
        String tag = TestPlans.tag();
        String planId = UUID.randomUUID().toString();
        clock.set("2023-07-12T02:30:00Z");
        publish("plan-events", "vn.ldld.plan.published.v1", planId,
                TestPlans.published(planId, clock.instant(), DEADLINE, tag, "GD"));
        await().until(() -> notificationsOf(planId).size() == 2 + 5);
        runScheduler();
        String gd = address(tag + "-GD");
        int before = mailsTo(gd).size();

        clock.set("2023-07-20T04:00:00Z");
        ObjectNode submitted = TestPlans.submitted(planId, tag + "-GD", clock.instant(), DEADLINE, 42);
        publish("report-events", "vn.ldld.report.submitted.v1", planId, submitted);
        awaitReceipts(planId, 1);
        runScheduler();
        clock.set("2023-07-21T04:00:00Z");
        publish("report-events", "vn.ldld.report.revised.v1", planId,
                TestPlans.revised(submitted, 2, "SUBMITTED", clock.instant()));
        awaitReceipts(planId, 2);
        runScheduler();
        clock.set("2023-07-27T04:00:00Z");
        publish("report-events", "vn.ldld.report.revised.v1", planId,
                TestPlans.revised(submitted, 3, "RESUBMITTED", clock.instant()));
        awaitReceipts(planId, 3);
        runScheduler();

        List<MimeMessage> mails = mailsTo(gd).subList(before, mailsTo(gd).size());
        assertThat(mails).hasSize(3);
        assertThat(mails.get(0).getSubject())
                .isEqualTo("Đã nhận báo cáo – số đến 42/2023 – Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023");
        assertThat(mails.get(1).getSubject()).isEqualTo("Đã nhận báo cáo điều chỉnh (lần gửi thứ 2) – số đến "
                + "42/2023 – Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023");
        assertThat(decoded(mails.get(1))).contains("Liên đoàn Lao động tỉnh Tây Ninh đã nhận báo cáo điều chỉnh "
                        + "(lần gửi thứ 2) kết quả đợt 1",
                "Thời điểm nhận: 11:00 ngày 21/07/2023",
                "Báo cáo lần đầu nhận lúc 11:00 ngày 20/07/2023, đúng hạn.");
        assertThat(mails.get(2).getSubject()).startsWith("Đã nhận báo cáo bổ sung, chỉnh sửa (lần gửi thứ 3) – ");
        assertThat(decoded(mails.get(2))).contains("Thời điểm nhận: 11:00 ngày 27/07/2023");
        List<String> inbox = new java.util.ArrayList<>();
        get("/api/notifications?unit=" + tag + "-GD").json().get("items")
                .forEach(item -> inbox.add(item.get("title").asString()));
        assertThat(inbox).filteredOn(title -> title.startsWith("Đã nhận")).containsExactlyInAnyOrder(
                mails.get(0).getSubject(), mails.get(1).getSubject(), mails.get(2).getSubject());
    }

    private void awaitReceipts(String planId, int count) {
        await().until(() -> notificationsOf(planId).stream()
                .filter(n -> n.kind() == NotificationKind.REPORT_RECEIVED).count() == count);
    }

    @Test
    void webhooksAreSignedRetriedOnFailureAndGivenUpAfterTheBound() throws Exception {
        String tag = TestPlans.tag();
        String planId = UUID.randomUUID().toString();
        try (WebhookReceiver receiver = new WebhookReceiver(); WebhookReceiver broken = new WebhookReceiver()) {
            broken.answerAlways(500);
            preferWebhook(tag + "-GD", receiver.url());
            preferWebhook(tag + "-TC", broken.url());
            clock.set("2023-07-12T01:00:00Z"); // 08:00 in Tây Ninh
            publish("plan-events", "vn.ldld.plan.published.v1", planId,
                    TestPlans.published(planId, clock.instant(), DEADLINE, tag, "GD", "TC"));
            await().until(() -> notificationsOf(planId).size() == 13);
            receiver.answer(500, 503);

            runScheduler();
            runAt(clock.instant().plusSeconds(30));
            runAt(clock.instant().plusSeconds(60));

            assertThat(receiver.calls()).hasSize(3);
            for (WebhookReceiver.Call call : receiver.calls()) {
                String expected = "sha256=" + hmac(SECRET, call.header("X-Ldld-Timestamp") + "." + call.body());
                assertThat(call.header("X-Ldld-Signature")).isEqualTo(expected);
                assertThat(call.header("Content-Type")).startsWith("application/cloudevents+json");
            }
            assertThat(receiver.calls()).extracting(c -> c.header("X-Ldld-Delivery")).containsOnly(
                    receiver.calls().get(0).header("X-Ldld-Delivery"));
            JsonNode event = TestPlans.JSON.readTree(receiver.calls().get(2).body());
            assertThat(event.get("specversion").asString()).isEqualTo("1.0");
            assertThat(event.get("type").asString()).isEqualTo("vn.ldld.notification.notice.v1");
            assertThat(event.get("data").get("kind").asString()).isEqualTo("PLAN_ISSUED");
            assertThat(event.get("data").get("subject").asString())
                    .isEqualTo("Ban hành Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023: "
                        + "phối hợp tham gia làm công tác dân vận đợt I/2023");
            JsonNode delivered = get("/api/notifications/deliveries?unit=" + tag + "-GD&planId=" + planId
                    + "&status=SENT").json();
            assertThat(delivered).hasSize(2);
            assertThat(delivered.findValues("channel")).extracting(JsonNode::asString)
                    .containsExactlyInAnyOrder("IN_APP", "WEBHOOK");

            Delivery failing;
            int passes = 0;
            while ((failing = webhookOf(planId, tag + "-TC")).status() == DeliveryStatus.PENDING && passes++ < 100) {
                runAt(failing.nextAttemptAt());
            }
            assertThat(failing.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(broken.calls()).hasSize(failing.attempts()).hasSizeGreaterThan(5);
            assertThat(clock.instant()).isBeforeOrEqualTo(failing.createdAt().plusSeconds(6 * 3600));
            assertThat(get("/api/notifications/deliveries?unit=" + tag + "-TC&status=FAILED").json()
                    .get(0).get("lastError").asString()).isEqualTo("WEBHOOK_NOT_ACCEPTED");
        }
    }

    @Test
    void whatAGroupHasNoTimeLeftToSendWithinItsLeaseIsLeftDueForTheNextPassAndSentOnce() throws Exception {
        String tag = TestPlans.tag();
        String planId = UUID.randomUUID().toString();
        try (WebhookReceiver slow = new WebhookReceiver()) {
            preferWebhook(tag + "-GD", slow.url());
            preferWebhook(tag + "-TC", slow.url());
            clock.set("2023-07-12T01:00:00Z"); // 08:00 in Tây Ninh
            while (dispatcher.dispatchDue() + deliveryWorker.sendDue() > 0) {
                // what other tests left due goes first
            }
            publish("plan-events", "vn.ldld.plan.published.v1", planId,
                    TestPlans.published(planId, clock.instant(), DEADLINE, tag, "GD", "TC"));
            await().until(() -> notificationsOf(planId).size() == 13);
            dispatcher.dispatchDue();
            // the server answers each call after its lease has run out (the test's clock stands for the wait)
            slow.onEachCall(() -> clock.advance(Duration.ofSeconds(61)));

            deliveryWorker.sendDue();
            assertThat(slow.calls()).as("one call, the other left").hasSize(1);
            List<Delivery> both = List.of(webhookOf(planId, tag + "-GD"), webhookOf(planId, tag + "-TC"));
            assertThat(both).extracting(Delivery::status)
                    .containsExactlyInAnyOrder(DeliveryStatus.SENT, DeliveryStatus.PENDING);
            Delivery left = both.stream().filter(d -> d.status() == DeliveryStatus.PENDING).findFirst().orElseThrow();
            assertThat(left.owner()).isNull();
            assertThat(left.nextAttemptAt()).as("still due").isBeforeOrEqualTo(clock.instant());
            assertThat(left.attempts()).isZero();

            while (deliveryWorker.sendDue() > 0) {
                // the one left, and what else came due as the clock moved
            }
            assertThat(slow.calls()).hasSize(2).extracting(c -> c.header("X-Ldld-Delivery")).doesNotHaveDuplicates();
            assertThat(webhookOf(planId, tag + "-GD").status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(webhookOf(planId, tag + "-TC").status()).isEqualTo(DeliveryStatus.SENT);
        }
    }

    private void preferWebhook(String unit, String url) {
        String body = """
                {"channels": ["WEBHOOK"], "webhookUrl": "%s", "webhookSecret": "%s"}""".formatted(url, SECRET);
        assertThat(call("PUT", "/api/notifications/preferences/" + unit, body).status()).isEqualTo(200);
    }

    private Delivery webhookOf(String planId, String unit) {
        return mongo.findAll(Delivery.class).stream().filter(d -> d.planId().equals(planId)
                && d.unitCode().equals(unit) && d.channel().name().equals("WEBHOOK")).findFirst().orElseThrow();
    }

    private static String address(String unitCode) {
        return unitCode.toLowerCase(Locale.ROOT) + "@ldld.test";
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                for (Address to : m.getAllRecipients()) {
                    if (to.toString().equals(address)) {
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String decoded(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
