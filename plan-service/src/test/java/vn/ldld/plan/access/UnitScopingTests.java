package vn.ldld.plan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.SamplePlans;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * A unit reporter sees only the published plans addressed to its unit, whatever it asks: another unit's plan, or a
 * draft, answers exactly like a missing plan, and lists hold only its plans (the filters apply inside them). Its
 * unit comes from the token alone. The directory is readable by every unit, but another unit's webhook URL is not.
 */
class UnitScopingTests extends AccessTestSupport {

    /** Every endpoint taking a plan id, unit A's token on unit B's plan and on A's own draft. */
    @TestFactory
    Stream<DynamicTest> unitAGetsNothingOfPlansItMayNotSee() {
        Fixtures f = fixtures();
        String number = get("/api/plans/" + f.planB()).json().get("number").asString();
        return endpoints().stream().filter(e -> e.pattern().contains("{id}")).flatMap(endpoint -> Stream.of(
                DynamicTest.dynamicTest(endpoint + " on unit B's plan", () -> assertHidden(endpoint, f.planB(),
                        f.planA(), Set.of(TITLE_B, number, UNIT_B))),
                DynamicTest.dynamicTest(endpoint + " on a draft to unit A", () -> assertHidden(endpoint, f.draftA(),
                        f.planA(), Set.of(TITLE_A)))));
    }

    /**
     * A read of {@code hidden} answers exactly what a read of a missing plan answers (404) and a write 403; neither
     * shows any of {@code secrets}. {@code visible} is a plan of unit A, the request template's object.
     */
    private void assertHidden(Endpoint endpoint, String hidden, String visible, Set<String> secrets) {
        Request template = request(endpoint, false);
        String missing = UUID.randomUUID().toString();
        String token = TestTokens.reporter(UNIT_A);
        Reply reply = send(token, endpoint, retarget(template, visible, hidden, endpoint));
        Reply absent = send(token, endpoint, retarget(template, visible, missing, endpoint));

        if (endpoint.method().equals("GET")) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(absent.status()).as(absent.toString()).isEqualTo(404);
            assertThat(withoutCorrelationId(reply.response().body().replace(hidden, "ID")))
                    .isEqualTo(withoutCorrelationId(absent.response().body().replace(missing, "ID")));
        } else {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        }
        assertThat(reply.contentType()).startsWith("application/problem+json");
        secrets.forEach(secret -> assertThat(reply.response().body()).doesNotContain(secret));
    }

    /** The problem without its correlation id, which differs on every request. */
    private static JsonNode withoutCorrelationId(String problem) {
        ObjectNode json = (ObjectNode) SamplePlans.JSON.readTree(problem);
        assertThat(json.remove("correlationId")).isNotNull();
        return json;
    }

    private static Request retarget(Request template, String from, String to, Endpoint endpoint) {
        String path = template.path().contains(from) ? template.path().replace(from, to)
                : endpoint.pattern().replace("{id}", to).replace("{version}", "1");
        return new Request(path, template.body(), template.headers());
    }

    @Test
    void theUnitComesFromTheTokenNotFromTheRequest() {
        String planB = fixtures().planB();
        String token = TestTokens.reporter(UNIT_A);

        Reply withHeader = as(token, "GET", "/api/plans/" + planB, null, "X-Unit", UNIT_B, "unit", UNIT_B);
        Reply withParameter = as(token, "GET", "/api/plans/" + planB + "?unit=" + UNIT_B, null);
        Reply listed = as(token, "GET", "/api/plans?size=100&unit=" + UNIT_B + "&recipient=" + UNIT_B, null);

        assertThat(withHeader.status()).isEqualTo(404);
        assertThat(withParameter.status()).isEqualTo(404);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.response().body()).doesNotContain(planB, TITLE_B);
    }

    @Test
    void listsHoldOnlyThePublishedPlansAddressedToTheUnitFiltersApplyingInside() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String toA = publishedPlan("Kế hoạch " + marker + " gửi A", Map.of(UNIT_A, "MUST_REPORT"));
        String closedA = publishedPlan("Kế hoạch " + marker + " đã kết thúc", Map.of(UNIT_A, "MUST_REPORT"));
        end(closedA, "close");
        String cancelledA = publishedPlan("Kế hoạch " + marker + " đã hủy", Map.of(UNIT_A, "MUST_REPORT"));
        end(cancelledA, "cancel");
        String infoA = publishedPlan("Kế hoạch " + marker + " để biết", Map.of(UNIT_A, "FOR_INFORMATION", UNIT_B,
                "MUST_REPORT"));
        String draftA = draft("Dự thảo " + marker + " gửi A", Map.of(UNIT_A, "MUST_REPORT"));
        String cancelledDraftA = draft("Dự thảo " + marker + " đã hủy", Map.of(UNIT_A, "MUST_REPORT"));
        end(cancelledDraftA, "cancel");
        String onlyB = publishedPlan("Kế hoạch " + marker + " riêng B", Map.of(UNIT_B, "MUST_REPORT"));
        String a = TestTokens.reporter(UNIT_A);
        String b = TestTokens.reporter(UNIT_B);

        assertThat(ids(TestTokens.staff(), "q=" + marker))
                .containsExactlyInAnyOrder(toA, closedA, cancelledA, infoA, draftA, cancelledDraftA, onlyB);
        assertThat(ids(a, "q=" + marker)).containsExactlyInAnyOrder(toA, closedA, cancelledA, infoA);
        assertThat(ids(b, "q=" + marker)).containsExactlyInAnyOrder(infoA, onlyB);
        assertThat(ids(a, "q=" + marker + "&status=CLOSED")).containsExactly(closedA);
        assertThat(ids(a, "q=" + marker + "&status=DRAFT")).isEmpty();
        assertThat(ids(a, "q=" + marker + "&issuer=" + ISSUER)).hasSize(4);
        assertThat(ids(a, "q=" + marker + "&issuer=LDLD-TN")).isEmpty();
        JsonNode page = as(a, "GET", "/api/plans?size=2&q=" + marker, null).json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(4);
        assertThat(page.get("content").size()).isEqualTo(2);
        assertThat(as(a, "GET", "/api/plans?size=100&q=" + marker, null).response().body())
                .doesNotContain("riêng B", "Dự thảo");

        for (String visible : List.of(toA, closedA, cancelledA, infoA)) {
            assertThat(as(a, "GET", "/api/plans/" + visible, null).status()).as(visible).isEqualTo(200);
            assertThat(as(a, "GET", "/api/plans/" + visible + "/versions/1", null).status()).isEqualTo(200);
        }
        for (String hidden : List.of(draftA, cancelledDraftA, onlyB)) {
            assertThat(as(a, "GET", "/api/plans/" + hidden, null).status()).as(hidden).isEqualTo(404);
            assertThat(as(a, "GET", "/api/plans/" + hidden + "/versions", null).status()).isEqualTo(404);
        }
    }

    @Test
    void theDemoPlanIsReadByItsRecipientsOnly() {
        String demo = "/api/plans/bda7eb0c-67f1-3eb7-a82f-8b3add624019";

        assertThat(as(TestTokens.reporter("LDLD-TB"), "GET", demo, null).status()).isEqualTo(200);
        assertThat(as(TestTokens.reporter("LDLD-HT"), "GET", demo + "/versions/1", null).status()).isEqualTo(200);
        assertThat(as(TestTokens.reporter(UNIT_A), "GET", demo, null).status()).isEqualTo(404);
        assertThat(as(TestTokens.reporter("LDLD-TN"), "GET", demo, null).status()).as("the issuer is no recipient")
                .isEqualTo(404);
    }

    @Test
    void aReporterWithoutUnitReadsTheDirectoryButNoPlan() {
        String token = TestTokens.token().subject("lost").roles("UNIT_REPORTER").sign();

        assertThat(as(token, "GET", "/api/units/" + UNIT_A, null).status()).isEqualTo(200);
        Reply plans = as(token, "GET", "/api/plans", null);
        assertThat(plans.status()).isEqualTo(403);
        assertThat(plans.contentType()).startsWith("application/problem+json");
        assertThat(as(token, "GET", "/api/plans/" + fixtures().planA(), null).status()).isEqualTo(403);
    }

    @Test
    void anotherUnitsWebhookUrlIsShownToStaffAndToThatUnitOnly() {
        fixtures();

        assertThat(as(TestTokens.reporter(UNIT_A), "GET", "/api/units/" + UNIT_B, null).json().has("webhookUrl"))
                .isFalse();
        assertThat(as(TestTokens.reporter(UNIT_A), "GET", "/api/units?size=100&q=" + UNIT_B, null).response().body())
                .contains(UNIT_B).doesNotContain(WEBHOOK_B);
        assertThat(as(TestTokens.reporter(UNIT_B), "GET", "/api/units/" + UNIT_B, null).json().get("webhookUrl")
                .asString()).isEqualTo(WEBHOOK_B);
        assertThat(get("/api/units/" + UNIT_B).json().get("webhookUrl").asString()).isEqualTo(WEBHOOK_B);
    }

    private List<String> ids(String token, String query) {
        Reply reply = as(token, "GET", "/api/plans?size=100&" + query, null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("content").valueStream().map(p -> p.get("id").asString()).toList();
    }

    private void end(String id, String how) {
        Reply ended = post("/api/plans/" + id + "/" + how, "{\"reason\": \"Kiểm thử phạm vi\"}", "If-Match", "*");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    }
}
