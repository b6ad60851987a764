package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ldld.messaging.testing.TestTopic.header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.plan.SampleUnits;
import vn.ldld.plan.units.Unit;
import vn.ldld.plan.units.UnitDetails;
import vn.ldld.plan.units.UnitKind;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * Recipients by rule: resolved against the units directory (active units only, less the exclusions) when the plan
 * is published, stored and announced in chunks, up to {@value Limits#MUST_REPORT} units that must report.
 */
class PlanRecipientsByRuleTests extends ApiTestSupport {

    private static final int MAX_RECORD_BYTES = 256 * 1024;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aRuleAddressesTheActiveUnitsBelowAUnitLessTheExclusions() {
        ensureUnit("RUL-TN");
        unit("RUL-D1", "Liên đoàn Lao động thị xã Quy Tắc", "DISTRICT_FEDERATION", "RUL-TN");
        unit("RUL-D1-A", "Công đoàn cơ sở Công ty A", "GRASSROOTS_UNION", "RUL-D1");
        unit("RUL-D1-B", "Công đoàn cơ sở Công ty B", "GRASSROOTS_UNION", "RUL-D1");
        unit("RUL-D1-C", "Công đoàn cơ sở Công ty C (đã giải thể)", "GRASSROOTS_UNION", "RUL-D1");
        unit("RUL-D1-X", "Công đoàn cơ sở Công ty X", "GRASSROOTS_UNION", "RUL-D1");
        unit("RUL-D1-K", "Công đoàn Khu công nghiệp", "SECTOR_UNION", "RUL-D1");
        unit("RUL-D1-K1", "Công đoàn cơ sở Công ty K1 trong khu công nghiệp", "GRASSROOTS_UNION", "RUL-D1-K");
        unit("RUL-D1-K2", "Công đoàn cơ sở Công ty K2 trong khu công nghiệp", "GRASSROOTS_UNION", "RUL-D1-K");
        unit("RUL-BDV", "Ban Dân vận", "PARTNER_AGENCY", null);
        assertThat(post("/api/units/RUL-D1-C/deactivate", null, "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(post("/api/units/RUL-D1-K2/deactivate", null, "If-Match", "\"1\"").status()).isEqualTo(200);

        ObjectNode draft = SamplePlans.draft("RUL-TN");
        ArrayNode listed = draft.putArray("recipients");
        listed.addObject().put("role", "FOR_INFORMATION").putObject("unit").put("code", "RUL-BDV");
        ObjectNode rule = draft.putArray("recipientRules").addObject().put("under", "RUL-D1")
                .put("depth", "DESCENDANTS").put("role", "MUST_REPORT");
        rule.putArray("kinds").add("GRASSROOTS_UNION");
        draft.putArray("excludedUnitCodes").add("RUL-D1-X");
        draft.putArray("otherRecipients").add("Website, TTCTCĐ LĐLĐ tỉnh").add("Lưu: VT, Ban TG-NC");
        draft.putArray("tasks");
        ((ObjectNode) draft.get("signer")).remove("fullName");
        Reply created = post("/api/plans", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("recipientRules").get(0).get("under").asString()).isEqualTo("RUL-D1");
        assertThat(created.json().get("otherRecipients")).hasSize(2);

        List<String> expected = List.of("RUL-BDV", "RUL-D1-A", "RUL-D1-B", "RUL-D1-K1");
        Reply preview = get("/api/plans/" + id + "/recipients");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(codes(preview)).containsExactlyElementsOf(expected);
        assertThat(preview.json().get("totalElements").asInt()).isEqualTo(4);

        Reply published = post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("signer").path("fullName").isNull()
                || published.json().get("signer").path("fullName").isMissingNode()).isTrue();
        assertThat(codes(get("/api/plans/" + id + "/recipients?page=1&size=3"))).containsExactly("RUL-D1-K1");

        // a unit selected by the rule sees the plan, an excluded or inactive one does not
        assertThat(getAs(TestTokens.reporter("RUL-D1-K1"), "/api/plans/" + id).status()).isEqualTo(200);
        assertThat(getAs(TestTokens.reporter("RUL-D1-K1"), "/api/plans?size=100").json().get("content").findValues("id")
                .stream().map(JsonNode::asString)).contains(id);
        assertThat(getAs(TestTokens.reporter("RUL-D1-X"), "/api/plans/" + id).status()).isEqualTo(404);
        assertThat(getAs(TestTokens.reporter("RUL-D1-C"), "/api/plans/" + id).status()).isEqualTo(404);

        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> topic.pollByKey(id), r -> r.size() >= 2);
            assertThat(records).hasSize(2);
            assertThat(header(records.get(0), "ce_type")).isEqualTo("vn.ldld.plan.published.v2");
            new EventContracts().validate("plan-published.v2", records.get(0).value());
            JsonNode plan = SamplePlans.JSON.readTree(records.get(0).value()).get("plan");
            assertThat(plan.get("recipientSummary").get("mustReport").asInt()).isEqualTo(3);
            assertThat(plan.get("recipientSummary").get("forInformation").asInt()).isEqualTo(1);
            assertThat(plan.get("excludedUnitCodes").get(0).asString()).isEqualTo("RUL-D1-X");
            assertThat(header(records.get(1), "ce_type")).isEqualTo("vn.ldld.plan.recipients-listed.v1");
            new EventContracts().validate("plan-recipients-listed", records.get(1).value());
            JsonNode chunk = SamplePlans.JSON.readTree(records.get(1).value());
            assertThat(chunk.get("recipients").findValues("code").stream().map(JsonNode::asString)
                    .filter(c -> c.startsWith("RUL-D1-") || c.equals("RUL-BDV"))).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anAmendmentResolvesTheRulesAgainAndListsTheWholeNewSet() {
        ensureUnit("RUA-TN");
        unit("RUA-D1", "Liên đoàn Lao động huyện Sửa Đổi", "DISTRICT_FEDERATION", "RUA-TN");
        unit("RUA-D1-A", "Công đoàn cơ sở A", "GRASSROOTS_UNION", "RUA-D1");
        unit("RUA-D1-B", "Công đoàn cơ sở B", "GRASSROOTS_UNION", "RUA-D1");
        ObjectNode draft = ruleDraft("RUA-TN", "RUA-D1");
        String id = post("/api/plans", draft).json().get("id").asString();
        assertThat(post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"").status()).isEqualTo(200);

        unit("RUA-D1-C", "Công đoàn cơ sở C", "GRASSROOTS_UNION", "RUA-D1");
        draft.putArray("excludedUnitCodes").add("RUA-D1-A");
        draft.put("issuedOn", get("/api/plans/" + id).json().get("issuedOn").asString());
        ObjectNode amendment = SamplePlans.JSON.createObjectNode().put("reason", "Bổ sung, loại trừ đơn vị");
        amendment.set("plan", draft);
        Reply amended = post("/api/plans/" + id + "/amendments", amendment, "If-Match", "\"2\"");
        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);

        assertThat(codes(get("/api/plans/" + id + "/recipients"))).containsExactly("RUA-D1-B", "RUA-D1-C");
        assertThat(getAs(TestTokens.reporter("RUA-D1-A"), "/api/plans/" + id).status()).isEqualTo(404);
        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> topic.pollByKey(id), r -> r.size() >= 4);
            assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly("vn.ldld.plan.published.v2",
                    "vn.ldld.plan.recipients-listed.v1", "vn.ldld.plan.amended.v2", "vn.ldld.plan.recipients-listed.v1");
            new EventContracts().validate("plan-amended.v2", records.get(2).value());
            JsonNode chunk = SamplePlans.JSON.readTree(records.get(3).value());
            assertThat(chunk.get("version").asInt()).isEqualTo(2);
            assertThat(chunk.get("recipients").findValues("code").stream().map(JsonNode::asString).toList())
                    .containsExactly("RUA-D1-B", "RUA-D1-C");
        }
    }

    @Test
    void twentyThousandUnitsArePublishedInChunksAndOneMoreIsRefusedNamingTheField() {
        ensureUnit("BIG-TN");
        unit("BIG-D1", "Liên đoàn Lao động thị xã Hai Mươi Nghìn", "DISTRICT_FEDERATION", "BIG-TN");
        Instant now = Instant.now();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i <= Limits.MUST_REPORT; i++) {
            String code = "BIG-CS-%05d".formatted(i);
            units.add(Unit.create(code, new UnitDetails("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Sản xuất số " + i
                    + " Khu công nghiệp Phước Đông", "CĐCS Công ty số " + i, UnitKind.GRASSROOTS_UNION, "BIG-D1",
                    code.toLowerCase() + "@ldld.example", null), now));
        }
        mongo.insertAll(units);

        // one more than the limit: a clear 400 naming the field
        String tooMany = post("/api/plans", ruleDraft("BIG-TN", "BIG-D1")).json().get("id").asString();
        Reply refused = post("/api/plans/" + tooMany + "/publish", null, "If-Match", "\"1\"");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.toString()).contains("recipientRules", "20001 units that must report", "at most 20000");

        // the limit itself: published, stored in chunks, announced in 1 + 40 events each under 256 KB
        ObjectNode draft = ruleDraft("BIG-TN", "BIG-D1");
        draft.putArray("excludedUnitCodes").add("BIG-CS-00000");
        String id = post("/api/plans", draft).json().get("id").asString();
        Reply published = post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        Reply last = get("/api/plans/" + id + "/recipients?page=39&size=500");
        assertThat(last.json().get("totalElements").asInt()).isEqualTo(Limits.MUST_REPORT);
        assertThat(codes(last)).hasSize(500).last().isEqualTo("BIG-CS-20000");
        assertThat(getAs(TestTokens.reporter("BIG-CS-20000"), "/api/plans/" + id).status()).isEqualTo(200);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("planId").is(id)), RecipientChunk.class))
                .isEqualTo(40);

        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(60))
                    .until(() -> topic.pollByKey(id), r -> r.size() >= 41);
            assertThat(records).hasSize(41);
            assertThat(header(records.get(0), "ce_type")).isEqualTo("vn.ldld.plan.published.v2");
            int units20000 = 0;
            for (int i = 0; i < records.size(); i++) {
                assertThat(records.get(i).value().getBytes(StandardCharsets.UTF_8).length).as("record %d", i)
                        .isLessThan(MAX_RECORD_BYTES);
                if (i > 0) {
                    JsonNode chunk = SamplePlans.JSON.readTree(records.get(i).value());
                    assertThat(chunk.get("chunk").asInt()).isEqualTo(i);
                    assertThat(chunk.get("chunks").asInt()).isEqualTo(40);
                    units20000 += chunk.get("recipients").size();
                }
            }
            assertThat(units20000).isEqualTo(Limits.MUST_REPORT);
        }
    }

    private void unit(String code, String name, String kind, String parentCode) {
        Reply created = post("/api/units", SampleUnits.unit(code, name, kind, parentCode));
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
    }

    /** The demo plan issued by {@code issuer}, addressed to the grassroots unions directly under {@code under}. */
    private static ObjectNode ruleDraft(String issuer, String under) {
        ObjectNode draft = SamplePlans.draft(issuer);
        draft.putArray("recipients");
        draft.putArray("tasks");
        ObjectNode rule = draft.putArray("recipientRules").addObject().put("under", under)
                .put("depth", "CHILDREN").put("role", "MUST_REPORT");
        rule.putArray("kinds").add("GRASSROOTS_UNION");
        return draft;
    }

    private static List<String> codes(Reply page) {
        List<String> codes = new ArrayList<>();
        page.json().get("content").forEach(r -> codes.add(r.get("unit").get("code").asString()));
        return codes;
    }
}
