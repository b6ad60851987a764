package vn.ldld.plan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.plan.SampleUnits;
import vn.ldld.web.testing.ApiEndpoints;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * What the access tests share: the {@code /api/**} endpoints as Spring MVC maps them, the callers, and fixtures
 * (units A and B, plans addressed to one or the other) created once through the API as province staff.
 */
abstract class AccessTestSupport extends ApiTestSupport {

    static final String ISSUER = "ACC-ISSUER";
    static final String UNIT_A = "ACC-UNIT-A";
    static final String UNIT_B = "ACC-UNIT-B";
    /** A unit below unit A: what A's implementing plans address. */
    static final String UNIT_A1 = "ACC-UNIT-A1";
    static final String WEBHOOK_B = "https://unit-b.example/hooks/ldld?secret=b-webhook-secret";
    static final String TITLE_A = "Kế hoạch kiểm thử quyền gửi đơn vị A";
    static final String TITLE_B = "Kế hoạch riêng gửi đơn vị B";

    /** The callers of the role matrix: unit A's staff is the office of a district the plan read on addresses, unit B's
     * staff that of a sibling district it does not address. */
    enum Who {
        STAFF, REPORTER_A, REPORTER_B, UNIT_STAFF_A, UNIT_STAFF_B, VIEWER, MACHINE, NO_ROLE;

        String token() {
            return switch (this) {
                case STAFF -> TestTokens.staff();
                case REPORTER_A -> TestTokens.reporter(UNIT_A);
                case REPORTER_B -> TestTokens.reporter(UNIT_B);
                case UNIT_STAFF_A -> TestTokens.unitStaff(UNIT_A);
                case UNIT_STAFF_B -> TestTokens.unitStaff(UNIT_B);
                case VIEWER -> TestTokens.viewer();
                case MACHINE -> TestTokens.machine();
                case NO_ROLE -> TestTokens.noRole();
            };
        }
    }

    /** One {@code /api/**} endpoint: method and path pattern. */
    record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** A request to send: path, JSON body (or null) and header name/value pairs. */
    record Request(String path, Object body, String... headers) {
    }

    /**
     * The shared fixtures: plans of {@link #ISSUER} (published to A, published to B, a draft to A), and unit A's
     * implementing plan of plan A, published, and a draft of another.
     */
    record Fixtures(String planA, String planB, String draftA, String implA, String implDraftA) {
    }

    private static Fixtures fixtures;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    /** Every {@code /api/**} endpoint the service maps. */
    Set<Endpoint> endpoints() {
        Set<Endpoint> endpoints = new TreeSet<>();
        ApiEndpoints.of(handlerMapping).keySet().forEach(endpoint -> {
            String[] methodAndPattern = endpoint.split(" ", 2);
            endpoints.add(new Endpoint(methodAndPattern[0], methodAndPattern[1]));
        });
        return endpoints;
    }

    /**
     * A valid request of {@code endpoint} on the fixtures, or, when {@code fresh}, on objects created for it alone
     * (for a write that is expected to succeed). Fails for an endpoint the tests do not know yet.
     */
    Request request(Endpoint endpoint, boolean fresh) {
        Fixtures f = fixtures();
        String anyVersion = "*";
        return switch (endpoint.toString()) {
            case "GET /api/units" -> new Request("/api/units?size=100", null);
            case "GET /api/units/{code}" -> new Request("/api/units/" + UNIT_A, null);
            case "POST /api/units" -> new Request("/api/units", SampleUnits.unit(randomCode(), "Công đoàn kiểm thử",
                    "GRASSROOTS_UNION", ISSUER));
            case "POST /api/units/import" -> new Request("/api/units/import", SampleUnits.importOf(SampleUnits.unit(
                    randomCode(), "Công đoàn kiểm thử", "GRASSROOTS_UNION", ISSUER)));
            case "PUT /api/units/{code}" -> {
                String code = fresh ? newUnit() : UNIT_A;
                yield new Request("/api/units/" + code, SampleUnits.details(SampleUnits.unit(code,
                        "Công đoàn kiểm thử đã sửa", "GRASSROOTS_UNION", ISSUER)), "If-Match", anyVersion);
            }
            case "POST /api/units/{code}/deactivate", "POST /api/units/{code}/activate" -> new Request(
                    endpoint.pattern().replace("{code}", fresh ? newUnit() : UNIT_A), null, "If-Match", anyVersion);
            case "POST /api/plans" -> new Request("/api/plans", content("Kế hoạch mới", Map.of(UNIT_A,
                    "MUST_REPORT")));
            case "GET /api/plans" -> new Request("/api/plans?size=100", null);
            case "GET /api/plans/{id}", "GET /api/plans/{id}/versions", "GET /api/plans/{id}/recipients",
                 "GET /api/plans/{id}/document.docx",
                 "GET /api/plans/{id}/document.pdf" -> new Request(
                    endpoint.pattern().replace("{id}", f.planA()), null);
            case "GET /api/plans/{id}/versions/{version}" -> new Request("/api/plans/" + f.planA() + "/versions/1",
                    null);
            case "PUT /api/plans/{id}" -> new Request("/api/plans/" + (fresh ? draft("Dự thảo", Map.of(UNIT_A,
                    "MUST_REPORT")) : f.draftA()), content("Dự thảo đã sửa", Map.of(UNIT_A, "MUST_REPORT")),
                    "If-Match", anyVersion);
            case "POST /api/plans/{id}/publish" -> new Request("/api/plans/" + (fresh ? draft("Dự thảo",
                    Map.of(UNIT_A, "MUST_REPORT")) : f.draftA()) + "/publish", null, "If-Match", anyVersion);
            case "POST /api/plans/{id}/close", "POST /api/plans/{id}/cancel" -> new Request(endpoint.pattern()
                    .replace("{id}", fresh ? publishedPlan("Kế hoạch", Map.of(UNIT_A, "MUST_REPORT")) : f.planA()),
                    SamplePlans.JSON.createObjectNode().put("reason", "Kiểm thử quyền"), "If-Match", anyVersion);
            case "POST /api/plans/{id}/amendments" -> {
                ObjectNode amendment = SamplePlans.JSON.createObjectNode().put("reason", "Thêm nơi nhận");
                amendment.set("plan", content(TITLE_A, Map.of(UNIT_A, "MUST_REPORT", UNIT_B, "FOR_INFORMATION")));
                yield new Request("/api/plans/" + (fresh ? publishedPlan(TITLE_A, Map.of(UNIT_A, "MUST_REPORT"))
                        : f.planA()) + "/amendments", amendment, "If-Match", anyVersion);
            }
            case "POST /api/plans/{id}/copy" -> new Request("/api/plans/" + f.planA() + "/copy", null);
            case "POST /api/plans/{id}/implementations" -> new Request("/api/plans/" + f.planA()
                    + "/implementations", SamplePlans.JSON.createObjectNode().put("unitCode", UNIT_A));
            default -> throw new AssertionError("No request known for " + endpoint
                    + ": add it to AccessTestSupport.request and to the expectations of the access tests");
        };
    }

    /**
     * A valid request of a plan-writing {@code endpoint} on unit A's own implementing plans (what unit A's staff may
     * write), or, when {@code fresh}, on ones created for it alone; null for an endpoint that writes no plan.
     */
    Request ownRequest(Endpoint endpoint, boolean fresh) {
        Fixtures f = fixtures();
        String anyVersion = "*";
        return switch (endpoint.toString()) {
            case "POST /api/plans" -> new Request("/api/plans", implementing("Kế hoạch triển khai mới"));
            case "PUT /api/plans/{id}" -> new Request("/api/plans/" + (fresh ? implementingDraft("Dự thảo triển khai")
                    : f.implDraftA()), implementing("Dự thảo triển khai đã sửa"), "If-Match", anyVersion);
            case "POST /api/plans/{id}/publish" -> new Request("/api/plans/" + (fresh ? implementingDraft("Dự thảo "
                    + "triển khai") : f.implDraftA()) + "/publish", null, "If-Match", anyVersion);
            case "POST /api/plans/{id}/close", "POST /api/plans/{id}/cancel" -> new Request(endpoint.pattern()
                    .replace("{id}", fresh ? implementingPlan("Kế hoạch triển khai") : f.implA()),
                    SamplePlans.JSON.createObjectNode().put("reason", "Kiểm thử quyền"), "If-Match", anyVersion);
            case "POST /api/plans/{id}/amendments" -> {
                ObjectNode amendment = SamplePlans.JSON.createObjectNode().put("reason", "Sửa tên");
                amendment.set("plan", implementing("Kế hoạch triển khai đã sửa"));
                yield new Request("/api/plans/" + (fresh ? implementingPlan("Kế hoạch triển khai") : f.implA())
                        + "/amendments", amendment, "If-Match", anyVersion);
            }
            case "POST /api/plans/{id}/copy" -> new Request("/api/plans/" + f.implA() + "/copy", null);
            case "POST /api/plans/{id}/implementations" -> new Request("/api/plans/" + f.planA()
                    + "/implementations", null);
            default -> null;
        };
    }

    /** Sends {@code request} as the holder of {@code token} (null: no Authorization header). */
    Reply send(String token, Endpoint endpoint, Request request) {
        return as(token, endpoint.method(), request.path(), request.body(), request.headers());
    }

    /** Units A and B (with a webhook URL), a published plan to each alone and a draft to A, created once. */
    synchronized Fixtures fixtures() {
        if (fixtures == null) {
            ensure(SampleUnits.federation(ISSUER));
            ensure(SampleUnits.federation(UNIT_A).put("webhookUrl", "https://unit-a.example/hooks/ldld"));
            ensure(SampleUnits.federation(UNIT_B).put("webhookUrl", WEBHOOK_B));
            ensure(SampleUnits.unit(UNIT_A1, "Công đoàn cơ sở kiểm thử A1", "GRASSROOTS_UNION", UNIT_A));
            String planA = publishedPlan(TITLE_A, Map.of(UNIT_A, "MUST_REPORT"));
            fixtures = new Fixtures(planA, publishedPlan(TITLE_B, Map.of(UNIT_B, "MUST_REPORT")),
                    draft(TITLE_A + " (dự thảo)", Map.of(UNIT_A, "MUST_REPORT")),
                    implementingPlan(planA, TITLE_A + " (triển khai)"),
                    implementingDraft(planA, TITLE_A + " (dự thảo triển khai)"));
        }
        return fixtures;
    }

    /** The content of an implementing plan of plan A by unit A, addressed to the units below A. */
    ObjectNode implementing(String title) {
        return implementing(fixtures().planA(), title);
    }

    private static ObjectNode implementing(String planA, String title) {
        ObjectNode content = SamplePlans.draft(UNIT_A).put("title", title).put("implementsPlanId", planA);
        content.putArray("recipients");
        ObjectNode rule = content.putArray("recipientRules").addObject();
        rule.put("under", UNIT_A).put("depth", "CHILDREN").put("role", "MUST_REPORT");
        return content;
    }

    /** A new draft of an implementing plan of plan A by unit A, as staff: its id. */
    String implementingDraft(String title) {
        return implementingDraft(fixtures().planA(), title);
    }

    private String implementingDraft(String planA, String title) {
        Reply created = post("/api/plans", implementing(planA, title));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A new published implementing plan of plan A by unit A, as staff: its id. */
    String implementingPlan(String title) {
        return implementingPlan(fixtures().planA(), title);
    }

    private String implementingPlan(String planA, String title) {
        String id = implementingDraft(planA, title);
        Reply published = post("/api/plans/" + id + "/publish", null, "If-Match", "*");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    /** A plan content issued by {@link #ISSUER} to these recipients (unit code → role). */
    static ObjectNode content(String title, Map<String, String> recipients) {
        ObjectNode content = SamplePlans.draft(ISSUER).put("title", title);
        ArrayNode list = content.putArray("recipients");
        new LinkedHashMap<>(recipients).forEach((code, role) -> {
            ObjectNode recipient = list.addObject();
            recipient.putObject("unit").put("code", code);
            recipient.put("role", role);
        });
        return content;
    }

    /** A new draft, as staff: its id. */
    String draft(String title, Map<String, String> recipients) {
        Reply created = post("/api/plans", content(title, recipients));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A new published plan, as staff: its id. */
    String publishedPlan(String title, Map<String, String> recipients) {
        String id = draft(title, recipients);
        Reply published = post("/api/plans/" + id + "/publish", null, "If-Match", "*");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    /** A code for a new unit. */
    static String randomCode() {
        return "ACC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** A new unit below {@link #ISSUER}, as staff: its code. */
    String newUnit() {
        String code = randomCode();
        Reply created = post("/api/units", SampleUnits.unit(code, "Công đoàn kiểm thử " + code, "GRASSROOTS_UNION",
                ISSUER));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    private void ensure(ObjectNode unit) {
        Reply created = post("/api/units", unit);
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
    }

    /** Sends a request as the holder of {@code token} (null: no Authorization header). */
    Reply as(String token, String method, String path, Object body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = token == null ? null : bearer(token);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return call(method, path, body == null ? null : body.toString(), all);
    }
}
