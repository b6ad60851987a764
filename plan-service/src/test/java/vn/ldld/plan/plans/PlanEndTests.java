package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ldld.messaging.testing.TestTopic.header;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.web.testing.Reply;

/** Closing and cancelling plans, and what the outside world learns of it. */
class PlanEndTests extends ApiTestSupport {

    private static final String CLOSE_REASON = "{\"reason\": \"Kết thúc đợt I/2023; đã tổng hợp báo cáo gửi Bộ Chỉ huy Quân sự tỉnh.\"}";
    private static final String CANCEL_REASON = "{\"reason\": \"Trùng nội dung với Kế hoạch số 15/KH-LĐLĐ.\"}";

    private final EventContracts contracts = new EventContracts();

    @Test
    void aPublishedPlanIsClosedOnceAndThePublicationThenTheClosingAreAnnouncedInOrder() {
        String id = publishedPlan();

        Reply closed = post("/api/plans/" + id + "/close", CLOSE_REASON, "If-Match", "\"2\"");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.header("ETag")).isEqualTo("\"3\"");
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        Reply again = post("/api/plans/" + id + "/close", CLOSE_REASON, "If-Match", "\"3\"");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("currentStatus").asString()).isEqualTo("CLOSED");
        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            List<ConsumerRecord<String, String>> records = await().until(() -> topic.pollByKey(id), r -> r.size() >= 3);
            assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly("vn.ldld.plan.published.v2",
                    "vn.ldld.plan.recipients-listed.v1", "vn.ldld.plan.closed.v1");
            contracts.validate("plan-closed", records.get(2).value());
            JsonNode event = SamplePlans.JSON.readTree(records.get(2).value());
            assertThat(event.get("number").asString()).isEqualTo(closed.json().get("number").asString());
            assertThat(event.get("reason").asString())
                    .isEqualTo("Kết thúc đợt I/2023; đã tổng hợp báo cáo gửi Bộ Chỉ huy Quân sự tỉnh.");
        }
    }

    @Test
    void aPublishedPlanThatIsCancelledIsAnnouncedAsCancelled() {
        String id = publishedPlan();

        Reply cancelled = post("/api/plans/" + id + "/cancel", CANCEL_REASON, "If-Match", "\"2\"");

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            List<ConsumerRecord<String, String>> records = await().until(() -> topic.pollByKey(id), r -> r.size() >= 3);
            assertThat(header(records.get(2), "ce_type")).isEqualTo("vn.ldld.plan.cancelled.v1");
            contracts.validate("plan-cancelled", records.get(2).value());
        }
    }

    @Test
    void aCancelledDraftIsNeverAnnounced() {
        String id = createDraft("LDLD-TN").json().get("id").asString();

        Reply cancelled = post("/api/plans/" + id + "/cancel", CANCEL_REASON, "If-Match", "\"1\"");

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().has("number")).isFalse();
        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> topic.pollByKey(id).isEmpty());
        }
        assertThat(post("/api/plans/" + id + "/publish", null, "If-Match", "\"2\"").status()).isEqualTo(409);
    }

    @Test
    void aDraftCannotBeClosedAndAReasonIsRequired() {
        String id = createDraft("LDLD-TN").json().get("id").asString();

        Reply close = post("/api/plans/" + id + "/close", CLOSE_REASON, "If-Match", "\"1\"");
        Reply noReason = post("/api/plans/" + id + "/cancel", "{\"reason\": \" \"}", "If-Match", "\"1\"");

        assertThat(close.status()).isEqualTo(409);
        assertThat(close.json().get("currentStatus").asString()).isEqualTo("DRAFT");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    }

    private String publishedPlan() {
        String id = createDraft("LDLD-TN").json().get("id").asString();
        assertThat(post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"").status()).isEqualTo(200);
        return id;
    }
}
