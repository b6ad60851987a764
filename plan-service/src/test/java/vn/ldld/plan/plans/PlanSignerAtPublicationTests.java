package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.web.testing.Reply;

/** The signer's name is often known only on the day of issue: publication may name who signs. */
class PlanSignerAtPublicationTests extends ApiTestSupport {

    @Test
    void theSignerNamedAtPublicationSignsThePlanItsEventAndItsDocument() {
        String id = createDraft("LDLD-TN").json().get("id").asString();
        ObjectNode body = SamplePlans.JSON.createObjectNode();
        body.putObject("signer").put("capacity", "TM. BAN THƯỜNG VỤ").put("position", "PHÓ CHỦ TỊCH")
                .put("fullName", "Trần Thị Thu Hà");

        Reply published = post("/api/plans/" + id + "/publish", body, "If-Match", "\"1\"");

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("signer").get("fullName").asString()).isEqualTo("Trần Thị Thu Hà");
        assertThat(get("/api/plans/" + id).json().get("signer").get("fullName").asString())
                .isEqualTo("Trần Thị Thu Hà");
        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            List<ConsumerRecord<String, String>> records = await().until(() -> topic.pollByKey(id), r -> !r.isEmpty());
            JsonNode event = SamplePlans.JSON.readTree(records.get(0).value());
            assertThat(event.get("plan").get("signer").get("fullName").asString()).isEqualTo("Trần Thị Thu Hà");
            assertThat(event.get("plan").get("signer").get("position").asString()).isEqualTo("PHÓ CHỦ TỊCH");
        }
    }

    @Test
    void withoutABodyTheDraftsSignerSigns() {
        Reply draft = createDraft("LDLD-TN");
        String id = draft.json().get("id").asString();
        String drafted = draft.json().get("signer").get("fullName").asString();

        Reply published = post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"");

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("signer").get("fullName").asString()).isEqualTo(drafted);
    }

    @Test
    void aSignerWhoseNameIsLeftBlankSignsTheDocumentByHandAndAPositionIsStillRequired() {
        String id = createDraft("LDLD-TN").json().get("id").asString();
        ObjectNode noPosition = SamplePlans.JSON.createObjectNode();
        noPosition.putObject("signer").put("position", " ");
        ObjectNode body = SamplePlans.JSON.createObjectNode();
        body.putObject("signer").put("capacity", "TM. BAN THƯỜNG VỤ").put("position", "PHÓ CHỦ TỊCH")
                .put("fullName", " ");

        Reply refused = post("/api/plans/" + id + "/publish", noPosition, "If-Match", "\"1\"");
        Reply published = post("/api/plans/" + id + "/publish", body, "If-Match", "\"1\"");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("signer.position");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("signer").get("position").asString()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(published.json().get("signer").path("fullName").isNull()
                || published.json().get("signer").path("fullName").isMissingNode()).isTrue();
        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            List<ConsumerRecord<String, String>> records = await().until(() -> topic.pollByKey(id), r -> !r.isEmpty());
            JsonNode event = SamplePlans.JSON.readTree(records.get(0).value());
            assertThat(event.get("plan").get("signer").has("fullName")).isFalse();
        }
    }
}
