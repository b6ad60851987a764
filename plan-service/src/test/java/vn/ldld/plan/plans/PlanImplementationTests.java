package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.plan.SampleUnits;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * Plans that cascade: a province's plan to two districts, the implementing plan (Kế hoạch triển khai) one of them
 * issues to its grassroots unions, made by {@code POST /api/plans/{id}/implementations} or written by hand, and the
 * rules it follows.
 */
class PlanImplementationTests extends ApiTestSupport {

    private String province;
    private String district;
    private String sibling;
    private String grassroots;
    private String elsewhere;
    private String parent;

    @BeforeEach
    void hierarchyAndPublishedPlan() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        province = "CAS-P-" + tag;
        district = "CAS-D-" + tag;
        sibling = "CAS-S-" + tag;
        grassroots = "CAS-G-" + tag;
        elsewhere = "CAS-E-" + tag;
        unit(SampleUnits.federation(province));
        unit(SampleUnits.unit(district, "Liên đoàn Lao động huyện " + tag, "DISTRICT_FEDERATION", province));
        unit(SampleUnits.unit(sibling, "Liên đoàn Lao động huyện bên " + tag, "DISTRICT_FEDERATION", province));
        unit(SampleUnits.unit(grassroots, "Công đoàn cơ sở " + tag, "GRASSROOTS_UNION", district));
        unit(SampleUnits.unit(elsewhere, "Công đoàn cơ sở khác " + tag, "GRASSROOTS_UNION", sibling));
        ObjectNode content = SamplePlans.draft(province);
        ArrayNode recipients = content.putArray("recipients");
        recipients.addObject().put("role", "MUST_REPORT").putObject("unit").put("code", district);
        recipients.addObject().put("role", "MUST_REPORT").putObject("unit").put("code", sibling);
        parent = publish(created(post("/api/plans", content)).get("id").asString()).get("id").asString();
    }

    @Test
    void theDraftOfADistrictsImplementingPlanTakesTheProvincesPlan() {
        JsonNode plan = get("/api/plans/" + parent).json();

        Reply reply = as(TestTokens.unitStaff(district), "POST", "/api/plans/" + parent + "/implementations", null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.header("Location")).endsWith("/api/plans/" + reply.json().get("id").asString());
        assertThat(reply.header("ETag")).isNotNull();
        JsonNode draft = reply.json();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("implementsPlanId").asString()).isEqualTo(parent);
        assertThat(draft.get("issuer").get("code").asString()).isEqualTo(district);
        assertThat(draft.get("issuer").get("name").asString()).startsWith("Liên đoàn Lao động huyện ");
        assertThat(draft.get("documentType").asString()).isEqualTo("KẾ HOẠCH");
        assertThat(draft.get("title").asString()).isEqualTo("triển khai " + plan.get("title").asString());
        JsonNode first = draft.get("legalBasis").get(0);
        assertThat(first.get("reference").asString()).isEqualTo("Kế hoạch số " + plan.get("number").asString());
        assertThat(first.get("issuedOn").asString()).isEqualTo(plan.get("issuedOn").asString());
        assertThat(first.get("issuer").asString()).isEqualTo(plan.get("issuer").get("name").asString());
        assertThat(first.get("title").asString()).isEqualTo(plan.get("title").asString());
        assertThat(draft.get("legalBasis").size()).isEqualTo(plan.get("legalBasis").size() + 1);
        assertThat(draft.get("legalBasis").get(1)).isEqualTo(plan.get("legalBasis").get(0));
        for (String copied : new String[] {"purpose", "requirements", "sections", "tasks", "phases", "template"}) {
            assertThat(draft.get(copied)).as(copied).isEqualTo(plan.get(copied));
        }
        assertThat(draft.get("recipients").size()).isZero();
        assertThat(draft.get("recipientRules").size()).isEqualTo(1);
        JsonNode rule = draft.get("recipientRules").get(0);
        assertThat(rule.get("under").asString()).isEqualTo(district);
        assertThat(rule.get("depth").asString()).isEqualTo("CHILDREN");
        assertThat(rule.get("role").asString()).isEqualTo("MUST_REPORT");
        assertThat(draft.get("reviewBy").asString()).isEqualTo("PARENT");
        for (String absent : new String[] {"place", "issuedOn", "signer"}) {
            assertThat(draft.get(absent) == null || draft.get(absent).isNull()).as(absent).isTrue();
        }
    }

    @Test
    void theDistrictPublishesItToItsGrassrootsUnionsAndTheEventNamesTheProvincesPlan() {
        String staff = TestTokens.unitStaff(district);
        String id = as(staff, "POST", "/api/plans/" + parent + "/implementations", null).json().get("id").asString();

        Reply published = as(staff, "POST", "/api/plans/" + id + "/publish", "{\"signer\": {\"capacity\": \"TM. BAN "
                + "THƯỜNG VỤ\", \"position\": \"CHỦ TỊCH\", \"fullName\": \"\"}}", "If-Match", "*");
        assertThat(published.status()).as(published.toString()).isEqualTo(400);
        assertThat(published.response().body()).contains("place");
        ObjectNode content = (ObjectNode) get("/api/plans/" + id).json();
        content.put("place", "Huyện");
        Reply edited = as(staff, "PUT", "/api/plans/" + id, content(content), "If-Match", "*");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        published = as(staff, "POST", "/api/plans/" + id + "/publish", "{\"signer\": {\"capacity\": \"TM. BAN "
                + "THƯỜNG VỤ\", \"position\": \"CHỦ TỊCH\", \"fullName\": \"\"}}", "If-Match", "*");

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("implementsPlanId").asString()).isEqualTo(parent);
        assertThat(as(staff, "GET", "/api/plans/" + id + "/recipients", null).json().get("content").valueStream()
                .map(r -> r.get("unit").get("code").asString())).containsExactly(grassroots);
        assertThat(as(TestTokens.reporter(grassroots), "GET", "/api/plans/" + id, null).status()).isEqualTo(200);
    }

    @Test
    void provinceStaffMakeItForAUnitThatMustReport() {
        Reply withoutUnit = post("/api/plans/" + parent + "/implementations", null);
        Reply notAddressed = post("/api/plans/" + parent + "/implementations", "{\"unitCode\": \"" + grassroots + "\"}");
        Reply made = post("/api/plans/" + parent + "/implementations", "{\"unitCode\": \"" + sibling + "\"}");

        assertThat(withoutUnit.status()).as(withoutUnit.toString()).isEqualTo(400);
        assertThat(withoutUnit.contentType()).startsWith("application/problem+json");
        assertThat(withoutUnit.response().body()).contains("unitCode");
        assertThat(notAddressed.status()).as(notAddressed.toString()).isEqualTo(400);
        assertThat(notAddressed.response().body()).contains("unitCode");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.json().get("issuer").get("code").asString()).isEqualTo(sibling);
    }

    @Test
    void whoMayMakeIt() {
        assertThat(as(TestTokens.reporter(district), "POST", "/api/plans/" + parent + "/implementations", null)
                .status()).as("a reporter").isEqualTo(403);
        assertThat(as(TestTokens.viewer(), "POST", "/api/plans/" + parent + "/implementations", null).status())
                .as("a viewer").isEqualTo(403);
        assertThat(as(TestTokens.unitStaff(grassroots), "POST", "/api/plans/" + parent + "/implementations", null)
                .status()).as("a unit the plan does not address").isEqualTo(404);
        assertThat(as(TestTokens.unitStaff(district), "POST", "/api/plans/" + UUID.randomUUID() + "/implementations",
                null).status()).as("no such plan").isEqualTo(404);
        String info = publish(created(post("/api/plans", toUnits(SamplePlans.draft(province), district,
                "FOR_INFORMATION", sibling, "MUST_REPORT"))).get("id").asString()).get("id").asString();
        assertThat(as(TestTokens.unitStaff(district), "POST", "/api/plans/" + info + "/implementations", null)
                .status()).as("a unit informed only").isEqualTo(403);
    }

    @Test
    void aPlanNotPublishedAnswersConflictOrNotFound() {
        String draft = created(post("/api/plans", toUnits(SamplePlans.draft(province), district, "MUST_REPORT")))
                .get("id").asString();
        Reply asStaff = post("/api/plans/" + draft + "/implementations", "{\"unitCode\": \"" + district + "\"}");
        Reply asDistrict = as(TestTokens.unitStaff(district), "POST", "/api/plans/" + draft + "/implementations",
                null);
        Reply closed = post("/api/plans/" + parent + "/close", "{\"reason\": \"Kết thúc\"}", "If-Match", "*");
        Reply ofClosed = as(TestTokens.unitStaff(district), "POST", "/api/plans/" + parent + "/implementations",
                null);

        assertThat(asStaff.status()).as(asStaff.toString()).isEqualTo(409);
        assertThat(asStaff.json().get("currentStatus").asString()).isEqualTo("DRAFT");
        assertThat(asDistrict.status()).as("a draft is not read by the district").isEqualTo(404);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(ofClosed.status()).as(ofClosed.toString()).isEqualTo(409);
    }

    @Test
    void anImplementingPlanFollowsTheRulesOfItsParent() {
        ObjectNode content = implementing();
        content.put("implementsPlanId", UUID.randomUUID().toString());
        assertViolation(post("/api/plans", content), "implementsPlanId", "the plan it implements must be a published plan");

        content = implementing();
        ((ObjectNode) content.get("issuer")).put("code", grassroots);
        content.putArray("recipientRules");
        assertViolation(post("/api/plans", content), "issuer.code", "must report");

        content = implementing();
        content.putArray("recipients").addObject().put("role", "MUST_REPORT").putObject("unit").put("code", elsewhere);
        assertViolation(post("/api/plans", content), "recipients[0].unit.code", "below its issuer");

        content = implementing();
        ((ObjectNode) content.get("recipientRules").get(0)).put("under", province);
        assertViolation(post("/api/plans", content), "recipientRules[0].under", "below it");

        content = implementing();
        content.put("place", "Huyện").putObject("signer").put("capacity", "TM. BAN THƯỜNG VỤ")
                .put("position", "CHỦ TỊCH");
        ((ObjectNode) content.get("phases").get(0)).put("number", 7);
        String id = created(post("/api/plans", content)).get("id").asString();
        assertViolation(post("/api/plans/" + id + "/publish", null, "If-Match", "*"), "phases[0].number", "no phase 7");
    }

    @Test
    void anAmendmentCannotChangeThePlanItImplements() {
        ObjectNode content = implementing();
        content.put("place", "Huyện").putObject("signer").put("capacity", "TM. BAN THƯỜNG VỤ")
                .put("position", "CHỦ TỊCH");
        String id = publish(created(post("/api/plans", content)).get("id").asString()).get("id").asString();
        String other = publish(created(post("/api/plans", toUnits(SamplePlans.draft(province), district,
                "MUST_REPORT"))).get("id").asString()).get("id").asString();
        ObjectNode amendment = SamplePlans.JSON.createObjectNode().put("reason", "Đổi kế hoạch");
        amendment.set("plan", content.deepCopy().put("implementsPlanId", other));

        assertViolation(post("/api/plans/" + id + "/amendments", amendment, "If-Match", "*"),
                "plan.implementsPlanId", "cannot change");
        Reply copy = post("/api/plans/" + id + "/copy", null);
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.json().get("implementsPlanId").asString()).as("a copy implements the same plan")
                .isEqualTo(parent);
    }

    private ObjectNode implementing() {
        ObjectNode content = SamplePlans.draft(district).put("implementsPlanId", parent);
        content.putArray("recipients");
        content.putArray("recipientRules").addObject().put("under", district).put("depth", "CHILDREN")
                .put("role", "MUST_REPORT");
        return content;
    }

    private static ObjectNode toUnits(ObjectNode content, String... codesAndRoles) {
        ArrayNode recipients = content.putArray("recipients");
        for (int i = 0; i < codesAndRoles.length; i += 2) {
            recipients.addObject().put("role", codesAndRoles[i + 1]).putObject("unit").put("code", codesAndRoles[i]);
        }
        return content;
    }

    /** The content part of a plan as the API shows it. */
    private static ObjectNode content(ObjectNode plan) {
        for (String field : new String[] {"id", "status", "version", "publishedVersion", "createdAt", "updatedAt"}) {
            plan.remove(field);
        }
        return plan;
    }

    private static void assertViolation(Reply reply, String field, String message) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").valueStream().filter(e -> e.get("field").asString().equals(field))
                .map(e -> e.get("message").asString())).as(reply.toString()).anyMatch(m -> m.contains(message));
    }

    private JsonNode publish(String id) {
        Reply published = post("/api/plans/" + id + "/publish", null, "If-Match", "*");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return published.json();
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private void unit(ObjectNode unit) {
        Reply created = post("/api/units", unit);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private Reply as(String token, String method, String path, Object body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = bearer(token);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return call(method, path, body == null ? null : body.toString(), all);
    }
}
