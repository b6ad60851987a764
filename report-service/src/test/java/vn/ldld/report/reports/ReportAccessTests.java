package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/** The access rules of the reports, one by one: who submits for which unit, who reads, revises and lists what. */
class ReportAccessTests extends ReportTestSupport {

    private static final String GD = "LDLD-GD";
    private static final String HT = "LDLD-HT";

    private String publishPlan(String... units) {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId, List.of(units)));
        return planId;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private ObjectNode revision(String planId) {
        ObjectNode report = SamplePlans.report(planId, GD);
        ObjectNode body = SamplePlans.JSON.createObjectNode();
        body.set("values", report.get("values"));
        body.set("narrative", report.get("narrative"));
        return body;
    }

    @Test
    void aReporterSubmitsForTheUnitOfItsTokenWithoutNamingIt() {
        String planId = publishPlan(GD, HT);
        ObjectNode body = SamplePlans.report(planId, GD);
        body.remove("unitCode");

        Reply reply = post("/api/reports", body, "Authorization", bearer(TestTokens.reporter(GD)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode stored = get("/api/reports/" + reply.json().get("id").asString()).json();
        assertThat(stored.get("unit").get("code").asString()).isEqualTo(GD);
        // who submitted is the token's subject, whatever the body's submittedBy says
        assertThat(stored.get("submittedBy").asString()).isEqualTo("reporter-" + GD);
    }

    @Test
    void aReporterCannotSubmitForAnotherUnit() {
        String planId = publishPlan(GD, HT);

        Reply reply = post("/api/reports", SamplePlans.report(planId, HT), "Authorization",
                bearer(TestTokens.reporter(GD)));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.errorFields()).containsExactly("unitCode");
        assertThat(reply.json().get("detail").asString()).contains("only for your own unit");
        assertThat(get("/api/reports?planId=" + planId).json().get("total").asLong()).isZero();
    }

    @Test
    void staffSubmitOnAUnitsBehalfAndMustNameIt() {
        String planId = publishPlan(GD, HT);
        ObjectNode unnamed = SamplePlans.report(planId, GD);
        unnamed.remove("unitCode");

        Reply withoutUnit = post("/api/reports", unnamed);
        Reply onBehalf = post("/api/reports", SamplePlans.report(planId, HT));

        assertThat(withoutUnit.status()).isEqualTo(400);
        assertThat(withoutUnit.errorFields()).containsExactly("unitCode");
        assertThat(onBehalf.status()).as(onBehalf.toString()).isEqualTo(201);
        assertThat(get("/api/reports/" + onBehalf.json().get("id").asString()).json().get("unit").get("code")
                .asString()).isEqualTo(HT);
    }

    @Test
    void viewersMachinesAndTokensWithoutARoleCannotSubmit() {
        String planId = publishPlan(GD);
        for (String token : List.of(TestTokens.viewer(), TestTokens.machine(), TestTokens.noRole(),
                TestTokens.token().subject("orphan").roles("UNIT_REPORTER").sign())) {
            Reply reply = post("/api/reports", SamplePlans.report(planId, GD), "Authorization", bearer(token));

            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(get("/api/reports?planId=" + planId).json().get("total").asLong()).isZero();
    }

    @Test
    void idempotencyKeysAreScopedToTheTokensSubject() {
        String planId = publishPlan(GD);
        String key = "shared-" + planId;
        Reply byReporter = post("/api/reports", SamplePlans.report(planId, GD), "Idempotency-Key", key,
                "Authorization", bearer(TestTokens.reporter(GD)));

        // the same key and body from another subject is not a retry of the reporter's request
        Reply byStaff = post("/api/reports", SamplePlans.report(planId, GD), "Idempotency-Key", key);
        Reply retry = post("/api/reports", SamplePlans.report(planId, GD), "Idempotency-Key", key,
                "Authorization", bearer(TestTokens.reporter(GD)));

        assertThat(byReporter.status()).isEqualTo(201);
        assertThat(byStaff.status()).isEqualTo(409);
        assertThat(byStaff.header("Location")).isEqualTo(byReporter.header("Location"));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(byReporter.body());
    }

    @Test
    void onlyStaffReviewAndTheReviewerIsTheTokensSubject() {
        String planId = publishPlan(GD);
        String id = post("/api/reports", SamplePlans.report(planId, GD)).json().get("id").asString();
        String reviewer = TestTokens.token().subject("ldld-tn.vanphong").roles("PROVINCE_STAFF").sign();

        Reply byUnit = post("/api/reports/" + id + "/accept", "{}", "Authorization", bearer(TestTokens.reporter(GD)));
        Reply byViewer = post("/api/reports/" + id + "/return", "{\"reason\":\"Thiếu số liệu\"}",
                "Authorization", bearer(TestTokens.viewer()));
        Reply withoutBody = post("/api/reports/" + id + "/accept", null, "Authorization", bearer(reviewer));

        assertThat(byUnit.status()).isEqualTo(403);
        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(withoutBody.status()).as(withoutBody.toString()).isEqualTo(200);
        assertThat(withoutBody.json().get("lastReview").get("reviewer").asString()).isEqualTo("ldld-tn.vanphong");
    }

    @Test
    void aReporterListsOnlyItsOwnUnitsReports() {
        String planId = publishPlan(GD, HT);
        String gd = post("/api/reports", SamplePlans.report(planId, GD)).json().get("id").asString();
        post("/api/reports", SamplePlans.report(planId, HT));
        String asGd = "Bearer " + TestTokens.reporter(GD);

        JsonNode own = get("/api/reports?planId=" + planId, "Authorization", asGd).json();
        Reply other = get("/api/reports?planId=" + planId + "&unit=" + HT, "Authorization", asGd);
        JsonNode all = get("/api/reports?planId=" + planId).json();

        assertThat(own.get("items")).extracting(i -> i.get("id").asString()).containsExactly(gd);
        assertThat(own.get("total").asLong()).isEqualTo(1);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("items")).isEmpty();
        assertThat(other.json().get("total").asLong()).isZero();
        assertThat(other.body()).doesNotContain(HT);
        assertThat(all.get("total").asLong()).isEqualTo(2);
        for (String token : List.of(TestTokens.viewer(), TestTokens.machine(), TestTokens.noRole())) {
            assertThat(get("/api/reports?planId=" + planId, "Authorization", bearer(token)).status()).isEqualTo(403);
        }
    }

    @Test
    void aDistrictReadsItsSubUnitsReportsButDoesNotReviseThem() {
        String district = "LDLD-TBI";
        String subUnit = "CDCS-TBI-01";
        String sibling = "LDLD-TC";
        Map<String, String> units = new LinkedHashMap<>();
        units.put(district, "LDLD-TN");
        units.put(subUnit, district);
        units.put(sibling, "LDLD-TN");
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId, units));
        ObjectNode body = SamplePlans.report(planId, subUnit);
        Reply submitted = post("/api/reports", body, "Authorization", bearer(TestTokens.reporter(subUnit)));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String id = submitted.json().get("id").asString();
        String asDistrict = bearer(TestTokens.reporter(district));
        String asSibling = bearer(TestTokens.reporter(sibling));

        Reply districtReads = get("/api/reports/" + id, "Authorization", asDistrict);
        Reply districtRevisions = get("/api/reports/" + id + "/revisions", "Authorization", asDistrict);
        JsonNode districtList = get("/api/reports?planId=" + planId, "Authorization", asDistrict).json();
        Reply districtRevises = put("/api/reports/" + id, revision(planId), "If-Match", "\"1\"",
                "Authorization", asDistrict);
        Reply siblingReads = get("/api/reports/" + id, "Authorization", asSibling);
        Reply siblingRevisions = get("/api/reports/" + id + "/revisions", "Authorization", asSibling);
        Reply siblingRevises = put("/api/reports/" + id, revision(planId), "If-Match", "\"1\"",
                "Authorization", asSibling);
        JsonNode siblingList = get("/api/reports?planId=" + planId, "Authorization", asSibling).json();
        Reply subUnitRevises = put("/api/reports/" + id, revision(planId), "If-Match", "\"1\"",
                "Authorization", bearer(TestTokens.reporter(subUnit)));

        assertThat(districtReads.status()).isEqualTo(200);
        assertThat(districtReads.json().get("unit").get("parentCode").asString()).isEqualTo(district);
        assertThat(districtRevisions.status()).isEqualTo(200);
        assertThat(districtList.get("items")).extracting(i -> i.get("id").asString()).containsExactly(id);
        assertThat(districtRevises.status()).isEqualTo(403);
        assertThat(districtRevises.header("Content-Type")).startsWith("application/problem+json");
        for (Reply hidden : List.of(siblingReads, siblingRevisions, siblingRevises)) {
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.body()).doesNotContain(subUnit).doesNotContain("receiptNumber");
        }
        assertThat(siblingList.get("total").asLong()).isZero();
        assertThat(subUnitRevises.status()).as(subUnitRevises.toString()).isEqualTo(200);
        assertThat(subUnitRevises.json().get("revision").asInt()).isEqualTo(2);
    }

    @Test
    void anotherUnitsReportAnswersExactlyLikeAMissingOne() {
        String planId = publishPlan(GD, HT);
        String ht = post("/api/reports", SamplePlans.report(planId, HT)).json().get("id").asString();
        String missing = SamplePlans.newPlanId();
        String asGd = bearer(TestTokens.reporter(GD));

        Reply other = get("/api/reports/" + ht, "Authorization", asGd);
        Reply absent = get("/api/reports/" + missing, "Authorization", asGd);

        assertThat(other.status()).isEqualTo(absent.status()).isEqualTo(404);
        assertThat(other.json().get("title")).isEqualTo(absent.json().get("title"));
        assertThat(other.json().get("detail").asString().replace(ht, "ID"))
                .isEqualTo(absent.json().get("detail").asString().replace(missing, "ID"));
    }
}
