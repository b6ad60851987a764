package vn.ldld.plan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.SamplePlans;
import vn.ldld.web.testing.Outcome;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * A unit's staff (UNIT_STAFF) writes its own unit's implementing plans, and only those: generated for every endpoint
 * that writes a plan, on unit A's implementing plans, as unit A's staff (served), as unit B's staff, a sibling
 * district's office (404: it cannot read them; 403 for a new plan naming A as issuer) and as unit A's reporter (403).
 * It reads its unit's plans, drafts included, and its part of the units directory.
 */
class UnitStaffAccessTests extends AccessTestSupport {

    private static final String DEMO_PLAN = "bda7eb0c-67f1-3eb7-a82f-8b3add624019";

    @TestFactory
    Stream<DynamicTest> aUnitsStaffWritesItsOwnImplementingPlansOnly() {
        return endpoints().stream().filter(e -> ownRequest(e, false) != null).flatMap(endpoint -> Stream.of(
                DynamicTest.dynamicTest(endpoint + " as unit A's staff", () -> expect(Outcome.OK,
                        send(TestTokens.unitStaff(UNIT_A), endpoint, ownRequest(endpoint, true)))),
                DynamicTest.dynamicTest(endpoint + " as unit B's staff", () -> expect(
                        endpoint.toString().equals("POST /api/plans") ? Outcome.FORBIDDEN : Outcome.NOT_FOUND,
                        send(TestTokens.unitStaff(UNIT_B), endpoint, ownRequest(endpoint, false)))),
                DynamicTest.dynamicTest(endpoint + " as unit A's reporter", () -> expect(Outcome.FORBIDDEN,
                        send(TestTokens.reporter(UNIT_A), endpoint, ownRequest(endpoint, false))))));
    }

    private static void expect(Outcome outcome, Reply reply) {
        assertThat(outcome.matches(reply.status())).as("expected %s, got %s", outcome, reply).isTrue();
        if (outcome != Outcome.OK) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.response().body()).doesNotContain(TITLE_A);
        }
    }

    @Test
    void aUnitsStaffCreatesOnlyImplementingPlansOfItsOwnUnit() {
        String staffA = TestTokens.unitStaff(UNIT_A);

        ObjectNode own = implementing("Kế hoạch riêng");
        own.remove("implementsPlanId");
        Reply ofItsOwn = as(staffA, "POST", "/api/plans", own);
        Reply ofAnother = as(staffA, "POST", "/api/plans", implementing("Kế hoạch đơn vị khác")
                .put("implementsPlanId", fixtures().planA()).set("issuer",
                        SamplePlans.JSON.createObjectNode().put("code", UNIT_B)));

        assertThat(ofItsOwn.status()).as(ofItsOwn.toString()).isEqualTo(400);
        assertThat(ofItsOwn.response().body()).contains("implementsPlanId");
        assertThat(ofAnother.status()).as(ofAnother.toString()).isEqualTo(403);
        assertThat(ofAnother.response().body()).contains("A unit's staff write only their own unit's implementing plans.");
    }

    @Test
    void aUnitsStaffReadsItsUnitsPlansDraftsIncludedAndASiblingNothingOfThem() {
        Fixtures f = fixtures();
        String staffA = TestTokens.unitStaff(UNIT_A);
        String staffB = TestTokens.unitStaff(UNIT_B);

        assertThat(ids(staffA)).contains(f.planA(), f.implA(), f.implDraftA()).doesNotContain(f.planB(), f.draftA());
        assertThat(ids(staffA, "status=DRAFT")).contains(f.implDraftA()).doesNotContain(f.draftA());
        assertThat(ids(staffB)).contains(f.planB()).doesNotContain(f.planA(), f.implA(), f.implDraftA());
        assertThat(ids(TestTokens.reporter(UNIT_A))).as("a reporter reads the plans addressed to its unit only")
                .contains(f.planA()).doesNotContain(f.implA(), f.implDraftA());
        for (String path : List.of("", "/versions", "/recipients", "/document.pdf")) {
            assertThat(as(staffA, "GET", "/api/plans/" + f.implDraftA() + path, null).status()).as(path).isEqualTo(200);
            assertThat(as(staffB, "GET", "/api/plans/" + f.implA() + path, null).status()).as(path).isEqualTo(404);
            assertThat(as(staffB, "GET", "/api/plans/" + f.implDraftA() + path, null).status()).as(path)
                    .isEqualTo(404);
        }
        assertThat(as(staffB, "GET", "/api/plans/" + f.implA() + "/versions/1", null).status()).isEqualTo(404);
    }

    @Test
    void aUnitsStaffReadsItsOwnUnitAndTheUnitsBelowItOnly() {
        fixtures();
        String staffA = TestTokens.unitStaff(UNIT_A);

        JsonNode page = as(staffA, "GET", "/api/units?size=100", null).json();
        assertThat(page.get("content").valueStream().map(u -> u.get("code").asString()))
                .containsExactlyInAnyOrder(UNIT_A, UNIT_A1);
        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
        assertThat(as(staffA, "GET", "/api/units?size=100&kind=GRASSROOTS_UNION", null).json().get("content")
                .valueStream().map(u -> u.get("code").asString())).containsExactly(UNIT_A1);
        assertThat(as(staffA, "GET", "/api/units/" + UNIT_A1, null).status()).isEqualTo(200);
        assertThat(as(staffA, "GET", "/api/units/" + UNIT_B, null).status()).isEqualTo(404);
        assertThat(as(staffA, "GET", "/api/units/" + ISSUER, null).status()).isEqualTo(404);
        assertThat(as(TestTokens.reporter(UNIT_A), "GET", "/api/units/" + UNIT_B, null).status()).isEqualTo(200);
    }

    @Test
    void theStaffOfLdldTbImplementsTheDemoPlanAndHoaThanhsStaffSeesNothingOfIt() {
        String tb = TestTokens.unitStaff("LDLD-TB");
        String ht = TestTokens.unitStaff("LDLD-HT");

        Reply created = as(tb, "POST", "/api/plans/" + DEMO_PLAN + "/implementations", null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String draft = created.json().get("id").asString();

        assertThat(as(tb, "GET", "/api/plans/" + draft, null).status()).isEqualTo(200);
        assertThat(as(ht, "GET", "/api/plans/" + draft, null).status()).isEqualTo(404);
        assertThat(ids(ht)).doesNotContain(draft).contains(DEMO_PLAN);
        assertThat(as(TestTokens.reporter("LDLD-TB"), "GET", "/api/plans/" + draft, null).status()).isEqualTo(404);
        assertThat(as(ht, "POST", "/api/plans/" + draft + "/implementations", null).status()).isEqualTo(404);
        assertThat(as(ht, "POST", "/api/plans/" + draft + "/copy", null).status()).isEqualTo(404);
        assertThat(as(TestTokens.reporter("LDLD-TB"), "POST", "/api/plans/" + DEMO_PLAN + "/implementations", null)
                .status()).isEqualTo(403);
        assertThat(as(tb, "POST", "/api/plans/" + DEMO_PLAN + "/cancel", "{\"reason\": \"Không được\"}",
                "If-Match", "*").status()).as("the province's plan is read, not written").isEqualTo(403);
        assertThat(as(tb, "POST", "/api/plans/" + draft + "/cancel", "{\"reason\": \"Kiểm thử\"}", "If-Match", "*")
                .status()).isEqualTo(200);
    }

    private List<String> ids(String token, String... query) {
        Reply reply = as(token, "GET", "/api/plans?size=100" + (query.length == 0 ? "" : "&" + query[0]), null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("content").valueStream().map(p -> p.get("id").asString())
                .filter(Objects::nonNull).toList();
    }
}
