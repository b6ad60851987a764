package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.notification.schedule.Notification;
import vn.ldld.notification.schedule.NotificationKind;

/**
 * Review by the level above: for a plan reviewed by the parent unit, the parent (a district federation) is told of
 * each report of the units under it, in its inbox and by e-mail; the province's notices stay as they were.
 */
class ParentReviewNoticesTests extends NotificationTestSupport {

    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");

    private String plan(String tag, String reviewBy) {
        String planId = UUID.randomUUID().toString();
        clock.set("2023-07-12T02:30:00Z");
        ObjectNode event = TestPlans.published(planId, clock.instant(), DEADLINE, tag, "TB");
        ObjectNode plan = (ObjectNode) event.get("plan");
        ((ArrayNode) plan.get("recipients")).add(TestPlans.recipient(tag + "-CS1", "Công đoàn cơ sở Công ty May Trảng Bàng",
                "GRASSROOTS_UNION", tag + "-TB", "MUST_REPORT"));
        if (reviewBy != null) {
            plan.put("reviewBy", reviewBy);
        }
        publish("plan-events", "vn.ldld.plan.published.v1", planId, event);
        await().until(() -> notificationsOf(planId).stream().anyMatch(n -> n.kind() == NotificationKind.PLAN_ISSUED
                && n.unit().code().equals(tag + "-CS1")));
        return planId;
    }

    private void submit(String planId, String unit, String parent, int receiptNumber) {
        clock.set("2023-07-20T04:00:00Z");
        ObjectNode event = TestPlans.submitted(planId, unit, clock.instant(), DEADLINE, receiptNumber);
        ((ObjectNode) event.get("unit")).put("parentCode", parent);
        publish("report-events", "vn.ldld.report.submitted.v1", planId, event);
        await().until(() -> notificationsOf(planId).stream().anyMatch(n -> n.kind() == NotificationKind.REPORT_RECEIVED
                && n.unit().code().equals(unit)));
    }

    @Test
    void theParentIsToldOfEachReportOfItsUnitsInItsInboxAndByEMail() throws Exception {
        String tag = TestPlans.tag();
        String planId = plan(tag, "PARENT");

        submit(planId, tag + "-CS1", tag + "-TB", 42);
        submit(planId, tag + "-TB", "LDLD-TN", 43);
        runScheduler();

        List<Notification> toReview = notificationsOf(planId).stream()
                .filter(n -> n.kind() == NotificationKind.REPORT_TO_REVIEW).toList();
        assertThat(toReview).hasSize(1);
        assertThat(toReview.get(0).unit().code()).isEqualTo(tag + "-TB");
        assertThat(toReview.get(0).unit().name()).isEqualTo("Liên đoàn Lao động huyện TB");
        assertThat(toReview.get(0).subjectUnit().code()).isEqualTo(tag + "-CS1");
        JsonNode inbox = get("/api/notifications?unit=" + tag + "-TB").json().get("items");
        assertThat(inbox.valueStream().map(i -> i.get("title").asString())).contains(
                "Báo cáo chờ duyệt: Liên đoàn Lao động huyện " + tag + "-CS1 – Kế hoạch số 15/KH-LĐLĐ ngày 12/7/2023");
        String mails = String.join("\n", decodedMailsTo(tag + "-TB"));
        assertThat(mails).contains("Báo cáo chờ duyệt", "Số đến: 42/2023",
                "đề nghị đơn vị xem và chấp nhận hoặc trả lại để bổ sung");
    }

    @Test
    void onAPlanTheProvinceReviewsNobodyBelowTheProvinceIsToldToReview() {
        String tag = TestPlans.tag();
        String planId = plan(tag, null);

        submit(planId, tag + "-CS1", tag + "-TB", 44);
        runScheduler();

        assertThat(notificationsOf(planId)).noneMatch(n -> n.kind() == NotificationKind.REPORT_TO_REVIEW);
    }

    private static List<String> decodedMailsTo(String unitCode) {
        String address = unitCode.toLowerCase(Locale.ROOT) + "@ldld.test";
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
        }).map(ParentReviewNoticesTests::decoded).toList();
    }

    private static String decoded(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
