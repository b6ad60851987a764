package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/** Copying a plan into a new draft for the next phase or year. */
class PlanCopyTests extends ApiTestSupport {

    @Test
    void aCopyOfAPublishedPlanIsADraftWithItsTemplateRecipientsAndSectionsButNoNumberNorDates() {
        String source = publishedPlan();
        JsonNode original = get("/api/plans/" + source).json();

        Reply copied = post("/api/plans/" + source + "/copy", null);

        assertThat(copied.status()).as(copied.toString()).isEqualTo(201);
        String id = copied.json().get("id").asString();
        assertThat(id).isNotEqualTo(source);
        assertThat(copied.header("Location")).endsWith("/api/plans/" + id);
        assertThat(copied.header("ETag")).isEqualTo("\"1\"");
        JsonNode copy = get("/api/plans/" + id).json();
        assertThat(copy.get("status").asString()).isEqualTo("DRAFT");
        assertThat(copy.get("publishedVersion").asInt()).isZero();
        for (String absent : new String[] {"number", "sequence", "year", "issuedOn", "publishedAt"}) {
            assertThat(copy.get(absent) == null || copy.get(absent).isNull()).as(absent).isTrue();
        }
        assertThat(copy.get("phases").size()).isZero();
        for (String kept : new String[] {"title", "issuer", "place", "timeZone", "legalBasis", "purpose",
                "requirements", "sections", "tasks", "template", "recipients", "signer"}) {
            assertThat(copy.get(kept)).as(kept).isEqualTo(original.get(kept));
        }
        assertThat(copy.get("template").get("indicators").size()).isPositive();
        assertThat(copy.get("sections").size()).isPositive();
        assertThat(copy.get("recipients").size()).isPositive();

        Reply unchanged = get("/api/plans/" + source);
        assertThat(unchanged.header("ETag")).isEqualTo("\"" + original.get("version").asLong() + "\"");
        assertThat(unchanged.json()).isEqualTo(original);
    }

    @Test
    void theCopyGetsItsPhasesAndItsOwnNumberWhenPublished() {
        String source = publishedPlan();
        String number = get("/api/plans/" + source).json().get("number").asString();
        String id = post("/api/plans/" + source + "/copy", null).json().get("id").asString();

        ObjectNode next = SamplePlans.draft("LDLD-TN");
        next.put("place", "Tây Ninh");
        Reply edited = put("/api/plans/" + id, next, "If-Match", "\"1\"");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        Reply published = post("/api/plans/" + id + "/publish", null, "If-Match", "\"2\"");

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("number").asString()).isNotEqualTo(number);
        assertThat(published.json().get("phases").size()).isPositive();
    }

    @Test
    void aDraftCanBeCopiedToo() {
        String draft = createDraft("LDLD-TN").json().get("id").asString();

        Reply copied = post("/api/plans/" + draft + "/copy", null);

        assertThat(copied.status()).as(copied.toString()).isEqualTo(201);
        assertThat(copied.json().get("title")).isEqualTo(get("/api/plans/" + draft).json().get("title"));
    }

    @Test
    void copyingAMissingPlanAnswers404() {
        Reply missing = post("/api/plans/no-such-plan/copy", null);

        assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
    }

    @Test
    void aUnitReporterMayNotCopyEvenAPlanAddressedToItsUnit() {
        String source = publishedPlan();
        String unit = get("/api/plans/" + source).json().get("recipients").get(0).get("unit").get("code").asString();

        Reply refused = call("POST", "/api/plans/" + source + "/copy", null,
                "Authorization", bearer(TestTokens.reporter(unit)));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    }

    /** A published plan of LDLD-TN: its id. */
    private String publishedPlan() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        draft.put("place", "Tây Ninh");
        ensureUnit("LDLD-TN");
        String id = post("/api/plans", draft).json().get("id").asString();
        Reply published = post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }
}
