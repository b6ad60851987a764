package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * Review by the level above: for a plan reviewed by the parent, the district's staff accept or return their
 * grassroots unions' reports, every decision kept with its level; the province sees what the districts decided.
 */
class ParentReviewTests extends ReportTestSupport {

    private static final String PROVINCE = "LDLD-TN";
    private static final String DISTRICT = "LDLD-TB";
    private static final String UNION = "CDCS-TB-01";
    private static final String OTHER_UNION = "CDCS-TB-02";

    private String plan(String reviewBy) {
        Map<String, String> units = new LinkedHashMap<>();
        units.put(DISTRICT, PROVINCE);
        units.put(UNION, DISTRICT);
        units.put(OTHER_UNION, DISTRICT);
        String planId = SamplePlans.newPlanId();
        ObjectNode event = SamplePlans.published(planId, units);
        if (reviewBy != null) {
            ((ObjectNode) event.get("plan")).put("reviewBy", reviewBy);
        }
        publish(event);
        return planId;
    }

    private String submit(String planId, String unit) {
        Reply reply = post("/api/reports", SamplePlans.report(planId, unit), "Authorization",
                "Bearer " + TestTokens.reporter(unit));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    private Reply as(String token, String method, String path, Object body, String... headers) {
        return callAs(token, method, path, body, headers);
    }

    @Test
    void theDistrictReturnsAndThenAcceptsItsUnionsReportAndEveryDecisionIsKeptWithItsLevel() {
        String planId = plan("PARENT");
        String id = submit(planId, UNION);
        String districtStaff = TestTokens.token().subject("ldld-tb.vanphong").roles("UNIT_STAFF").unit(DISTRICT)
                .sign();

        Reply returned = as(districtStaff, "POST", "/api/reports/" + id + "/return",
                "{\"reason\":\"Bổ sung số buổi tuyên truyền\"}");
        ObjectNode revision = SamplePlans.report(planId, UNION);
        ObjectNode body = SamplePlans.JSON.createObjectNode();
        body.set("values", revision.get("values"));
        body.set("narrative", revision.get("narrative"));
        Reply revised = as(TestTokens.reporter(UNION), "PUT", "/api/reports/" + id, body, "If-Match", "\"2\"");
        Reply accepted = as(districtStaff, "POST", "/api/reports/" + id + "/accept", "{}");

        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonNode report = accepted.json();
        assertThat(report.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(report.get("lastReview").get("level").asString()).isEqualTo("PARENT");
        assertThat(report.get("lastReview").get("reviewerUnitCode").asString()).isEqualTo(DISTRICT);
        assertThat(report.get("lastReview").get("reviewer").asString()).isEqualTo("ldld-tb.vanphong");
        JsonNode reviews = get("/api/reports/" + id).json().get("reviews");
        assertThat(reviews).hasSize(2);
        assertThat(reviews.get(0).get("decision").asString()).isEqualTo("RETURNED");
        assertThat(reviews.get(0).get("reason").asString()).isEqualTo("Bổ sung số buổi tuyên truyền");
        assertThat(reviews.get(0).get("level").asString()).isEqualTo("PARENT");
        assertThat(reviews.get(0).get("reviewerUnitCode").asString()).isEqualTo(DISTRICT);
        assertThat(reviews.get(0).get("revision").asInt()).isEqualTo(1);
        assertThat(reviews.get(1).get("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(reviews.get(1).get("revision").asInt()).isEqualTo(2);

        try (TestTopic topic = new TestTopic(brokers, "report-events")) {
            List<ConsumerRecord<String, String>> events = await().atMost(Duration.ofSeconds(20))
                    .until(() -> topic.pollByKey(id), r -> r.size() >= 4);
            SamplePlans.CONTRACTS.validate("report-returned", events.get(1).value());
            SamplePlans.CONTRACTS.validate("report-accepted", events.get(3).value());
            for (ConsumerRecord<String, String> decided : List.of(events.get(1), events.get(3))) {
                JsonNode event = SamplePlans.JSON.readTree(decided.value());
                assertThat(event.get("reviewLevel").asString()).isEqualTo("PARENT");
                assertThat(event.get("reviewerUnitCode").asString()).isEqualTo(DISTRICT);
            }
        }
    }

    @Test
    void theProvinceSeesWhatTheDistrictAcceptedAndReviewsTheDistrictsOwnReport() {
        String planId = plan("PARENT");
        String union = submit(planId, UNION);
        String otherUnion = submit(planId, OTHER_UNION);
        String district = submit(planId, DISTRICT);
        String districtStaff = TestTokens.unitStaff(DISTRICT);

        assertThat(as(districtStaff, "POST", "/api/reports/" + union + "/accept", "{}").status()).isEqualTo(200);
        // a unit whose parent is the issuer is reviewed by the province, even where the parent reviews
        assertThat(as(districtStaff, "POST", "/api/reports/" + district + "/accept", "{}").status()).isEqualTo(403);
        Reply byProvince = post("/api/reports/" + district + "/accept", "{}");
        JsonNode acceptedByDistricts = get("/api/reports?planId=" + planId + "&reviewLevel=PARENT&status=ACCEPTED")
                .json();
        JsonNode decidedByProvince = get("/api/reports?planId=" + planId + "&reviewLevel=PROVINCE").json();
        JsonNode all = get("/api/reports?planId=" + planId).json();

        assertThat(byProvince.json().get("lastReview").get("level").asString()).isEqualTo("PROVINCE");
        assertThat(byProvince.json().get("lastReview").get("reviewerUnitCode").asString()).isEqualTo(PROVINCE);
        assertThat(ids(acceptedByDistricts)).containsExactly(union);
        assertThat(acceptedByDistricts.get("items").get(0).get("reviewLevel").asString()).isEqualTo("PARENT");
        assertThat(acceptedByDistricts.get("items").get(0).get("reviewerUnitCode").asString()).isEqualTo(DISTRICT);
        assertThat(acceptedByDistricts.get("items").get(0).get("parentUnitCode").asString()).isEqualTo(DISTRICT);
        assertThat(ids(decidedByProvince)).containsExactly(district);
        assertThat(ids(all)).containsExactlyInAnyOrder(union, otherUnion, district);
        assertThat(all.get("items")).filteredOn(i -> i.get("id").asString().equals(otherUnion))
                .allSatisfy(i -> assertThat(i.has("reviewLevel")).isFalse());
    }

    @Test
    void theProvinceMayStillDecideWhatTheDistrictHasNotAndADecisionIsFinal() {
        String planId = plan("PARENT");
        String union = submit(planId, UNION);
        String otherUnion = submit(planId, OTHER_UNION);
        String districtStaff = TestTokens.unitStaff(DISTRICT);

        Reply provinceReturns = post("/api/reports/" + otherUnion + "/return", "{\"reason\":\"Thiếu số liệu\"}");
        Reply districtAccepts = as(districtStaff, "POST", "/api/reports/" + union + "/accept", "{}");
        Reply provinceAcceptsAgain = post("/api/reports/" + union + "/accept", "{}");
        Reply districtAcceptsTheReturned = as(districtStaff, "POST", "/api/reports/" + otherUnion + "/accept", "{}");

        assertThat(provinceReturns.status()).isEqualTo(200);
        assertThat(provinceReturns.json().get("lastReview").get("level").asString()).isEqualTo("PROVINCE");
        assertThat(districtAccepts.status()).isEqualTo(200);
        assertThat(provinceAcceptsAgain.status()).isEqualTo(409);
        assertThat(districtAcceptsTheReturned.status()).isEqualTo(409);
    }

    @Test
    void aDistrictsStaffReviewTheirUnionsReportsOfTheDistrictsOwnPlanNotTheDistrictsReportOfTheProvincesPlan() {
        // the district's implementing plan: issued by the district, its unions report to it
        Map<String, String> units = new LinkedHashMap<>();
        units.put(UNION, DISTRICT);
        String districtPlan = SamplePlans.newPlanId();
        ObjectNode event = SamplePlans.published(districtPlan, units);
        ((ObjectNode) event.get("plan")).put("reviewBy", "PARENT").putObject("issuer").put("code", DISTRICT)
                .put("name", "Liên đoàn Lao động thị xã Trảng Bàng").put("kind", "DISTRICT_FEDERATION")
                .put("parentCode", PROVINCE);
        publish(event);
        String union = submit(districtPlan, UNION);
        // the province's plan: a unit account of the province federation is not who reviews the districts
        String provincePlan = plan("PARENT");
        String district = submit(provincePlan, DISTRICT);

        Reply byDistrict = as(TestTokens.unitStaff(DISTRICT), "POST", "/api/reports/" + union + "/accept", "{}");
        Reply byProvinceUnitAccount = as(TestTokens.unitStaff(PROVINCE), "POST", "/api/reports/" + district
                + "/accept", "{}");

        assertThat(byDistrict.status()).as(byDistrict.toString()).isEqualTo(200);
        assertThat(byDistrict.json().get("receivingUnitCode").asString()).isEqualTo(DISTRICT);
        assertThat(byDistrict.json().get("lastReview").get("level").asString()).isEqualTo("PARENT");
        assertThat(byDistrict.json().get("lastReview").get("reviewerUnitCode").asString()).isEqualTo(DISTRICT);
        assertThat(byProvinceUnitAccount.status()).as(byProvinceUnitAccount.toString()).isEqualTo(403);
    }

    @Test
    void aPlanWithoutReviewByIsReviewedByTheProvince() {
        String planId = plan(null);
        String union = submit(planId, UNION);

        Reply byDistrict = as(TestTokens.unitStaff(DISTRICT), "POST", "/api/reports/" + union + "/accept", "{}");
        Reply byProvince = post("/api/reports/" + union + "/accept", "{}");

        assertThat(byDistrict.status()).isEqualTo(403);
        assertThat(byProvince.status()).isEqualTo(200);
        assertThat(byProvince.json().get("lastReview").get("level").asString()).isEqualTo("PROVINCE");
        assertThat(byProvince.json().get("reviews")).hasSize(1);
    }

    @Test
    void anAmendmentMayHandTheReviewToTheParent() {
        String planId = plan("PROVINCE");
        String union = submit(planId, UNION);
        Reply before = as(TestTokens.unitStaff(DISTRICT), "POST", "/api/reports/" + union + "/accept", "{}");
        ObjectNode amended = SamplePlans.published(planId, Map.of(DISTRICT, PROVINCE, UNION, DISTRICT));
        amended.put("version", 2);
        ((ObjectNode) amended.get("plan")).put("version", 2).put("reviewBy", "PARENT");
        sendPlanEvent("vn.ldld.plan.amended.v1", amended);
        awaitView(planId, v -> v.version() >= 2);

        Reply after = as(TestTokens.unitStaff(DISTRICT), "POST", "/api/reports/" + union + "/accept", "{}");

        assertThat(before.status()).isEqualTo(403);
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
        assertThat(after.json().get("lastReview").get("level").asString()).isEqualTo("PARENT");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }
}
