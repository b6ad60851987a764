package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.plan.SampleUnits;
import vn.ldld.web.testing.Reply;

/** Plans name units of the directory: unknown or inactive ones are refused, the others filled from it. */
class PlanUnitsTests extends ApiTestSupport {

    @Test
    void anUnknownRecipientIsNamedByItsPath() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        ((ObjectNode) draft.get("recipients").get(3).get("unit")).put("code", "LDLD-NOWHERE");

        Reply reply = post("/api/plans", draft);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("recipients[3].unit.code");
        assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("LDLD-NOWHERE");
    }

    @Test
    void anUnknownIssuerAndEveryUnknownRecipientAreNamedTogether() {
        ObjectNode draft = SamplePlans.draft("LDLD-NOWHERE");
        ((ObjectNode) draft.get("recipients").get(0).get("unit")).put("code", "BDV-NOWHERE");
        ((ObjectNode) draft.get("recipients").get(5).get("unit")).put("code", "LDLD-ELSEWHERE");

        Reply reply = post("/api/plans", draft);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactlyInAnyOrder("issuer.code", "recipients[0].unit.code",
                "recipients[5].unit.code");
    }

    @Test
    void anInactiveRecipientIsRefusedAndADraftNamingItCannotBePublished() {
        String code = newUnit();
        ObjectNode draft = withRecipient(SamplePlans.draft("LDLD-TN"), code);
        Reply created = post("/api/plans", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();

        assertThat(post("/api/units/" + code + "/deactivate", null, "If-Match", "*").status()).isEqualTo(200);

        int last = draft.get("recipients").size() - 1;
        Reply again = post("/api/plans", draft);
        assertThat(again.status()).isEqualTo(400);
        assertThat(fields(again)).containsExactly("recipients[" + last + "].unit.code");
        assertThat(again.json().get("errors").get(0).get("message").asString()).contains("inactive");
        Reply publish = post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"");
        assertThat(publish.status()).isEqualTo(400);
        assertThat(fields(publish)).containsExactly("recipients[" + last + "].unit.code");
        assertThat(get("/api/plans/" + id).json().get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void codesAloneAreEnoughAndTheDirectoryWinsOverTheRequest() {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        draft.set("issuer", SamplePlans.JSON.createObjectNode().put("code", "LDLD-TN"));
        ArrayNode recipients = SamplePlans.JSON.createArrayNode();
        recipients.addObject().put("role", "MUST_REPORT").putObject("unit").put("code", "LDLD-TB");
        recipients.addObject().put("role", "FOR_INFORMATION").putObject("unit")
                .put("code", "BDV-TU-TN").put("name", "Tên sai").put("kind", "SECTOR_UNION");
        draft.set("recipients", recipients);

        Reply created = post("/api/plans", draft);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode plan = created.json();
        assertThat(plan.get("issuer").get("name").asString()).isEqualTo("Liên đoàn Lao động tỉnh Tây Ninh");
        assertThat(plan.get("issuer").get("kind").asString()).isEqualTo("PROVINCIAL_FEDERATION");
        JsonNode trangBang = plan.get("recipients").get(0).get("unit");
        assertThat(trangBang.get("name").asString()).isEqualTo("Liên đoàn Lao động thị xã Trảng Bàng");
        assertThat(trangBang.get("kind").asString()).isEqualTo("DISTRICT_FEDERATION");
        assertThat(trangBang.get("parentCode").asString()).isEqualTo("LDLD-TN");
        JsonNode board = plan.get("recipients").get(1).get("unit");
        assertThat(board.get("name").asString()).isEqualTo("Ban Dân vận Tỉnh ủy Tây Ninh");
        assertThat(board.get("kind").asString()).isEqualTo("PARTNER_AGENCY");
    }

    @Test
    void anAmendmentNamingAnUnknownUnitIsNamedUnderPlan() {
        String id = createDraft("LDLD-TN").json().get("id").asString();
        assertThat(post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"").status()).isEqualTo(200);
        ObjectNode plan = SamplePlans.amendedDraft("LDLD-TN");
        ((ObjectNode) plan.get("recipients").get(2).get("unit")).put("code", "LDLD-NOWHERE");
        ObjectNode body = SamplePlans.JSON.createObjectNode().put("reason", "Bổ sung nơi nhận");
        body.set("plan", plan);

        Reply reply = post("/api/plans/" + id + "/amendments", body, "If-Match", "\"2\"");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("plan.recipients[2].unit.code");
    }

    private String newUnit() {
        String code = "CDCS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Reply created = post("/api/units", SampleUnits.unit(code, "Công đoàn cơ sở " + code, "GRASSROOTS_UNION",
                "LDLD-TB"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    private static ObjectNode withRecipient(ObjectNode draft, String code) {
        ((ArrayNode) draft.get("recipients")).addObject().put("role", "MUST_REPORT").putObject("unit")
                .put("code", code);
        return draft;
    }

    private static List<String> fields(Reply reply) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
