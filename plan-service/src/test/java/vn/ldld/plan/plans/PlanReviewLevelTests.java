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
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.web.testing.Reply;

/** Who reviews each unit's report: the province (default) or the unit's parent, written in the plan and its events. */
class PlanReviewLevelTests extends ApiTestSupport {

    @Test
    void aPlanIsReviewedByTheProvinceUnlessItSaysTheParent() {
        Reply byDefault = createDraft("LDLD-TN");
        ObjectNode parent = SamplePlans.draft("LDLD-TN");
        parent.put("reviewBy", "PARENT");
        Reply byParent = post("/api/plans", parent);
        ObjectNode unknown = SamplePlans.draft("LDLD-TN");
        unknown.put("reviewBy", "DISTRICT");
        Reply refused = post("/api/plans", unknown);

        assertThat(byDefault.json().get("reviewBy").asString()).isEqualTo("PROVINCE");
        assertThat(byParent.status()).as(byParent.toString()).isEqualTo(201);
        assertThat(byParent.json().get("reviewBy").asString()).isEqualTo("PARENT");
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void thePublishedAndAmendedEventsSayWhoReviewsAndAnAmendmentMayHandTheReviewToTheParent() {
        String id = createDraft("LDLD-TN").json().get("id").asString();
        assertThat(post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"").status()).isEqualTo(200);
        ObjectNode plan = SamplePlans.draft("LDLD-TN");
        plan.put("reviewBy", "PARENT");
        ObjectNode amendment = SamplePlans.JSON.createObjectNode();
        amendment.put("reason", "Giao Liên đoàn Lao động cấp huyện kiểm tra báo cáo của công đoàn cơ sở.");
        amendment.set("plan", plan);

        Reply amended = post("/api/plans/" + id + "/amendments", amendment, "If-Match", "\"2\"");

        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
        JsonNode change = get("/api/plans/" + id + "/versions").json().get(1).get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("reviewBy");
        assertThat(change.get("to").asString()).isEqualTo("PARENT");
        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            List<ConsumerRecord<String, String>> records = await().until(() -> topic.pollByKey(id), r -> r.size() >= 4);
            assertThat(records).extracting(r -> header(r, "ce_type"))
                    .containsExactly("vn.ldld.plan.published.v2", "vn.ldld.plan.recipients-listed.v1",
                            "vn.ldld.plan.amended.v2", "vn.ldld.plan.recipients-listed.v1");
            new EventContracts().validate("plan-published.v2", records.get(0).value());
            new EventContracts().validate("plan-amended.v2", records.get(2).value());
            assertThat(SamplePlans.JSON.readTree(records.get(0).value()).get("plan").get("reviewBy").asString())
                    .isEqualTo("PROVINCE");
            assertThat(SamplePlans.JSON.readTree(records.get(2).value()).get("plan").get("reviewBy").asString())
                    .isEqualTo("PARENT");
        }
    }
}
