package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;
import vn.ldld.web.testing.Reply;

class IntakeValidationTests extends ReportTestSupport {

    private String planId;

    @BeforeEach
    void publishAPlan() {
        planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
    }

    private ObjectNode report() {
        return SamplePlans.report(planId, "LDLD-GD");
    }

    private void assertProblem(Reply reply, int status, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.errorFields()).as(reply.toString()).containsExactlyInAnyOrder(fields);
        assertThat(get("/api/reports?planId=" + planId).json().get("total").asLong()).isZero();
    }

    @Test
    void anUnknownPlanIsNotFound() {
        assertProblem(post("/api/reports", SamplePlans.report(SamplePlans.newPlanId(), "LDLD-GD")), 404, "planId");
    }

    @Test
    void anUnknownPhaseIsNamed() {
        assertProblem(post("/api/reports", report().put("phaseNumber", 2)), 400, "phaseNumber");
    }

    @Test
    void aUnitThatNeedNotReportIsForbidden() {
        assertProblem(post("/api/reports", SamplePlans.report(planId, "BDV-TU-TN")), 403, "unitCode");
        assertProblem(post("/api/reports", SamplePlans.report(planId, "LDLD-XX")), 403, "unitCode");
    }

    @Test
    void aClosedOrCancelledPlanTakesNoReports() {
        sendPlanEvent("vn.ldld.plan.closed.v1", SamplePlans.closed(planId));
        awaitView(planId, v -> v.status() == vn.ldld.report.plan.PlanStatus.CLOSED);
        Reply reply = post("/api/reports", report());
        assertProblem(reply, 409, "planId");

        String cancelledPlan = SamplePlans.newPlanId();
        publish(SamplePlans.published(cancelledPlan));
        sendPlanEvent("vn.ldld.plan.cancelled.v1", SamplePlans.cancelled(cancelledPlan));
        awaitView(cancelledPlan, v -> v.status() == vn.ldld.report.plan.PlanStatus.CANCELLED);
        assertThat(post("/api/reports", SamplePlans.report(cancelledPlan, "LDLD-GD")).status()).isEqualTo(409);
    }

    @Test
    void everyMissingRequiredIndicatorAndSectionIsNamed() {
        ObjectNode body = report();
        ((ObjectNode) body.get("values")).remove("PROPAGANDA_SESSIONS");
        ((ObjectNode) body.get("values")).putNull("PROPAGANDA_ATTENDEES");
        ((ObjectNode) body.get("narrative")).put("RESULTS", "  ");
        assertProblem(post("/api/reports", body), 400, "values.PROPAGANDA_SESSIONS", "values.PROPAGANDA_ATTENDEES",
                "narrative.RESULTS");
    }

    @Test
    void valuesMustHaveTheirIndicatorsType() {
        ObjectNode body = report();
        ObjectNode values = (ObjectNode) body.get("values");
        values.put("PROPAGANDA_SESSIONS", "six");
        values.put("HOUSES_BUILT", -1);
        values.put("MEDICAL_CHECKUPS", 2.5);
        values.put("GIFTS_VALUE_VND", 1500.5);
        values.put("FUNDS_MOBILIZED_VND", -1000);
        values.put("ROADS_KM", -0.5);
        values.put("CANALS_KM", "far");
        values.put("UNKNOWN_CODE", 1);
        assertProblem(post("/api/reports", body), 400, "values.PROPAGANDA_SESSIONS", "values.HOUSES_BUILT",
                "values.MEDICAL_CHECKUPS", "values.GIFTS_VALUE_VND", "values.FUNDS_MOBILIZED_VND", "values.ROADS_KM",
                "values.CANALS_KM", "values.UNKNOWN_CODE");
    }

    @Test
    void anUnknownCodeListsTheTemplatesCodesInTheTemplatesOrder() {
        ObjectNode body = report();
        ((ObjectNode) body.get("values")).put("UNKNOWN_CODE", 1);
        ((ObjectNode) body.get("narrative")).put("OTHER", "text");
        ObjectNode template = (ObjectNode) SamplePlans.published(planId).get("plan").get("template");
        java.util.List<String> indicators = new java.util.ArrayList<>();
        template.get("indicators").forEach(i -> indicators.add(i.get("code").asString()));
        java.util.List<String> sections = new java.util.ArrayList<>();
        template.get("narrativeSections").forEach(s -> sections.add(s.get("code").asString()));

        Reply reply = post("/api/reports", body);

        assertProblem(reply, 400, "values.UNKNOWN_CODE", "narrative.OTHER");
        java.util.Map<String, String> messages = new java.util.HashMap<>();
        reply.json().get("errors").forEach(e -> messages.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(messages.get("values.UNKNOWN_CODE")).endsWith("the plan's template has " + indicators);
        assertThat(messages.get("narrative.OTHER")).endsWith("the plan's template has " + sections);
    }

    @Test
    void aWholeAmountWrittenWithDecimalsIsAccepted() {
        ObjectNode body = report();
        ((ObjectNode) body.get("values")).put("GIFTS_VALUE_VND", new java.math.BigDecimal("60000000.00"));
        Reply reply = post("/api/reports", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(get("/api/reports/" + reply.json().get("id").asString()).json().get("values")
                .get("GIFTS_VALUE_VND").asLong()).isEqualTo(60_000_000L);
    }

    @Test
    void narrativeOverTheTemplatesLimitOrOfAnUnknownSectionIsNamed() {
        ObjectNode body = report();
        ((ObjectNode) body.get("narrative")).put("DIFFICULTIES", "x".repeat(4001));
        ((ObjectNode) body.get("narrative")).put("OTHER", "text");
        assertProblem(post("/api/reports", body), 400, "narrative.DIFFICULTIES", "narrative.OTHER");
    }

    @Test
    void unknownFieldsAndWrongShapesAreNamed() {
        assertProblem(post("/api/reports", report().put("comment", "x")), 400, "comment");
        assertProblem(post("/api/reports", report().put("phaseNumber", "one")), 400, "phaseNumber");
        assertProblem(post("/api/reports", report().put("planId", "not-a-uuid")), 400, "planId");
        assertProblem(post("/api/reports", report().put("unitCode", "ldld gd")), 400, "unitCode");
        ObjectNode noValues = report();
        noValues.remove("values");
        assertProblem(post("/api/reports", noValues), 400, "values");
        assertProblem(post("/api/reports", "{\"planId\": "), 400, "body");
    }

    @Test
    void aMalformedIdempotencyKeyIsNamed() {
        assertProblem(post("/api/reports", report(), "Idempotency-Key", "\"\""), 400, "Idempotency-Key");
        assertProblem(post("/api/reports", report(), "Idempotency-Key", "a".repeat(256)), 400, "Idempotency-Key");
    }
}
