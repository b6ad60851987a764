package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ldld.messaging.testing.TestTopic.header;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.web.testing.Reply;

/** Amending published plans: new versions, their history, and the PlanAmended event. */
class PlanAmendmentTests extends ApiTestSupport {

    private static final String REASON = "Gia hạn thời hạn gửi báo cáo đợt I/2023 đến hết ngày 28/7/2023.";

    @Test
    void extendingTheDeadlineMakesVersionTwoKeepsVersionOneAndIsAnnounced() {
        String id = publishedPlan();

        Reply amended = post("/api/plans/" + id + "/amendments", amendment(REASON, SamplePlans.amendedDraft("LDLD-TN")),
                "If-Match", "\"2\"");

        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
        assertThat(amended.header("Location")).endsWith("/api/plans/" + id + "/versions/2");
        assertThat(amended.header("ETag")).isEqualTo("\"3\"");
        assertThat(amended.json().get("publishedVersion").asInt()).isEqualTo(2);
        assertThat(amended.json().get("phases").get(0).get("reportDeadline").asString()).isEqualTo("2023-07-28T17:00:00Z");

        JsonNode versions = get("/api/plans/" + id + "/versions").json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(1).get("reason").asString()).isEqualTo(REASON);
        assertThat(versions.get(1).get("changes").valueStream().map(c -> c.get("kind").asString()))
                .containsExactly("DEADLINE_CHANGED", "RECIPIENT_ADDED");
        JsonNode first = get("/api/plans/" + id + "/versions/1").json();
        JsonNode second = get("/api/plans/" + id + "/versions/2").json();
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("phases").get(0).get("reportDeadline").asString()).isEqualTo("2023-07-25T17:00:00Z");
        assertThat(second.get("phases").get(0).get("reportDeadline").asString()).isEqualTo("2023-07-28T17:00:00Z");
        assertThat(second.get("number").asString()).isEqualTo(first.get("number").asString());
        assertThat(get("/api/plans/" + id + "/versions/3").status()).isEqualTo(404);

        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            List<ConsumerRecord<String, String>> records = await().until(() -> topic.pollByKey(id), r -> r.size() >= 4);
            assertThat(records).extracting(r -> header(r, "ce_type"))
                    .containsExactly("vn.ldld.plan.published.v2", "vn.ldld.plan.recipients-listed.v1",
                            "vn.ldld.plan.amended.v2", "vn.ldld.plan.recipients-listed.v1");
            new EventContracts().validate("plan-amended.v2", records.get(2).value());
            JsonNode event = SamplePlans.JSON.readTree(records.get(2).value());
            assertThat(event.get("version").asInt()).isEqualTo(2);
            assertThat(event.get("previousVersion").asInt()).isEqualTo(1);
            // the version as read over HTTP, its recipients listed in the chunk that follows
            ObjectNode plan = ((ObjectNode) event.get("plan")).deepCopy();
            for (String field : new String[] {"recipientSummary", "recipientRules", "excludedUnitCodes",
                    "otherRecipients"}) {
                plan.remove(field);
            }
            ObjectNode expected = ((ObjectNode) second).deepCopy();
            JsonNode recipients = expected.remove("recipients");
            assertThat(plan).isEqualTo(expected);
            JsonNode chunk = SamplePlans.JSON.readTree(records.get(3).value());
            assertThat(chunk.get("version").asInt()).isEqualTo(2);
            assertThat(chunk.get("recipients")).isEqualTo(recipients);
        }
    }

    @Test
    void onlyAPublishedPlanIsAmended() {
        String id = createDraft("LDLD-TN").json().get("id").asString();

        Reply reply = post("/api/plans/" + id + "/amendments", amendment(REASON, SamplePlans.amendedDraft("LDLD-TN")),
                "If-Match", "\"1\"");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("currentStatus").asString()).isEqualTo("DRAFT");
    }

    @Test
    void whatCannotBeAmendedIsNamedWithItsPathInTheRequest() {
        String id = publishedPlan();
        ObjectNode plan = SamplePlans.draft("LDLD-TN");
        ((ObjectNode) plan.get("phases").get(0)).put("endDate", "2023-08-05");

        Reply datesChanged = post("/api/plans/" + id + "/amendments", amendment(REASON, plan), "If-Match", "\"2\"");
        Reply nothingChanged = post("/api/plans/" + id + "/amendments", amendment(REASON, SamplePlans.draft("LDLD-TN")),
                "If-Match", "\"2\"");
        Reply noReason = post("/api/plans/" + id + "/amendments", amendment("", SamplePlans.amendedDraft("LDLD-TN")),
                "If-Match", "\"2\"");

        assertThat(datesChanged.status()).isEqualTo(400);
        assertThat(fields(datesChanged)).containsExactly("plan.phases[0].endDate");
        assertThat(nothingChanged.status()).isEqualTo(400);
        assertThat(fields(nothingChanged)).containsExactly("plan");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(get("/api/plans/" + id).header("ETag")).isEqualTo("\"2\"");
    }

    private static List<String> fields(Reply reply) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static ObjectNode amendment(String reason, ObjectNode plan) {
        ObjectNode body = SamplePlans.JSON.createObjectNode();
        body.put("reason", reason);
        body.set("plan", plan);
        return body;
    }

    private String publishedPlan() {
        String id = createDraft("LDLD-TN").json().get("id").asString();
        assertThat(post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"").status()).isEqualTo(200);
        return id;
    }
}
