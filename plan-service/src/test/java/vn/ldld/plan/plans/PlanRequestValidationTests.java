package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.web.testing.Reply;

/** Every bad request gets a problem naming what is wrong; none gets a 500. */
class PlanRequestValidationTests extends ApiTestSupport {

    @Test
    void anUnknownFieldIsRefusedByName() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        draft.put("priority", "high");

        assertProblem(post("/api/plans", draft), 400, "priority");
    }

    @Test
    void anUnknownNestedFieldIsRefusedWithItsPath() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        ((ObjectNode) draft.get("phases").get(0)).put("colour", "red");

        assertProblem(post("/api/plans", draft), 400, "phases[0].colour");
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(call("POST", "/api/plans", "{\"title\": \"phối hợp", "Content-Type", "application/json"),
                400, "body");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        ((ObjectNode) draft.get("phases").get(0)).put("startDate", "17/7/2023");

        assertProblem(post("/api/plans", draft), 400, "phases[0].startDate");
    }

    @Test
    void theTitleIsRequired() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        draft.remove("title");

        assertProblem(post("/api/plans", draft), 400, "title");
    }

    @Test
    void theTitleIsAtMostFiveHundredCharacters() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        draft.put("title", "đ".repeat(501));

        assertProblem(post("/api/plans", draft), 400, "title");
    }

    @Test
    void aUnitCodeMustBeACode() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        ((ObjectNode) draft.get("recipients").get(2).get("unit")).put("code", "lđlđ gò dầu");

        assertProblem(post("/api/plans", draft), 400, "recipients[2].unit.code");
    }

    @Test
    void aPhaseEndingBeforeItStartsIsRefused() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        ((ObjectNode) draft.get("phases").get(0)).put("endDate", "2023-07-10");

        assertProblem(post("/api/plans", draft), 400, "phases[0].endDate");
    }

    @Test
    void aDeadlineBeforeThePhaseStartsIsRefused() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        ((ObjectNode) draft.get("phases").get(0)).put("reportDeadline", "2023-07-01T00:00:00+07:00");

        assertProblem(post("/api/plans", draft), 400, "phases[0].reportDeadline");
    }

    @Test
    void duplicateIndicatorCodesAreRefused() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        ArrayNode indicators = (ArrayNode) draft.get("template").get("indicators");
        indicators.add(indicators.get(0).deepCopy());

        assertProblem(post("/api/plans", draft), 400, "template.indicators[" + (indicators.size() - 1) + "].code");
    }

    @Test
    void aPlanWithoutAUnitThatMustReportCannotBePublished() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        for (JsonNode recipient : draft.get("recipients")) {
            ((ObjectNode) recipient).put("role", "FOR_INFORMATION");
        }
        Reply created = post("/api/plans", draft);
        assertThat(created.status()).isEqualTo(201);

        Reply publish = post("/api/plans/" + id(created) + "/publish", null, "If-Match", "\"1\"");

        assertProblem(publish, 400, "recipients");
        assertThat(get("/api/plans/" + id(created)).json().get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void aPlanWithoutPhasesCannotBePublished() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        draft.putArray("phases");
        Reply created = post("/api/plans", draft);

        assertProblem(post("/api/plans/" + id(created) + "/publish", null, "If-Match", "\"1\""), 400, "phases");
    }

    @Test
    void anEditWithAStaleVersionIsRefused() {
        Reply created = createDraft("LDLD-TN");
        ObjectNode edit = SamplePlans.draft("LDLD-TN");
        edit.put("place", "Trảng Bàng");
        assertThat(put("/api/plans/" + id(created), edit, "If-Match", "\"1\"").status()).isEqualTo(200);

        Reply stale = put("/api/plans/" + id(created), SamplePlans.draft("LDLD-TN"), "If-Match", "\"1\"");

        assertProblem(stale, 412, "If-Match");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(get("/api/plans/" + id(created)).json().get("place").asString()).isEqualTo("Trảng Bàng");
    }

    @Test
    void anEditWithoutIfMatchIsRefused() {
        Reply created = createDraft("LDLD-TN");

        assertProblem(put("/api/plans/" + id(created), SamplePlans.draft("LDLD-TN")), 428, "If-Match");
        assertProblem(post("/api/plans/" + id(created) + "/publish", null), 428, "If-Match");
    }

    @Test
    void publishingTwiceIsAConflictNamingTheCurrentStatus() {
        Reply created = createDraft("LDLD-TN");
        assertThat(post("/api/plans/" + id(created) + "/publish", null, "If-Match", "\"1\"").status()).isEqualTo(200);

        Reply again = post("/api/plans/" + id(created) + "/publish", null, "If-Match", "\"2\"");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("currentStatus").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void anUnknownPlanIsNotFound() {
        for (Reply reply : List.of(get("/api/plans/00000000-0000-0000-0000-000000000000"),
                put("/api/plans/00000000-0000-0000-0000-000000000000", SamplePlans.draft("LDLD-TN"), "If-Match", "\"1\""),
                post("/api/plans/00000000-0000-0000-0000-000000000000/publish", null, "If-Match", "\"1\""))) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("title").asString()).isEqualTo("Plan not found");
        }
    }

    private static String id(Reply created) {
        return created.json().get("id").asString();
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .as(reply.toString()).contains(field);
        assertThat(problem.get("errors").valueStream().map(e -> e.get("message").asString()))
                .allSatisfy(message -> assertThat(message).isNotBlank());
    }
}
