package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;
import vn.ldld.web.testing.ApiEndpoints;
import vn.ldld.web.testing.Outcome;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * Authorization generated over every {@code /api/**} endpoint the application maps, so that a new endpoint is
 * covered the moment it exists (and fails until the tables below say how to call it and what each caller gets):
 * bad tokens are 401, each caller gets its status class, and a unit never reaches another unit's report.
 */
class AuthorizationTests extends ReportTestSupport {

    private static final String A = "LDLD-GD";
    private static final String B = "LDLD-HT";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");


    /** A caller of the matrix: its token and the unit it would submit for. */
    private record Who(String name, String token, String unit) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Who> CALLERS = List.of(
            new Who("staff", TestTokens.staff(), null),
            new Who("reporter of unit A", TestTokens.reporter(A), A),
            new Who("reporter of unit B", TestTokens.reporter(B), B),
            new Who("staff of unit A", TestTokens.unitStaff(A), A),
            new Who("staff of unit B", TestTokens.unitStaff(B), B),
            new Who("viewer", TestTokens.viewer(), null),
            new Who("machine client", TestTokens.machine(), null),
            new Who("token without a role", TestTokens.noRole(), null));

    private static final Outcome OK = Outcome.OK;
    private static final Outcome NO = Outcome.FORBIDDEN;
    private static final Outcome GONE = Outcome.NOT_FOUND;

    /**
     * What each caller of {@link #CALLERS} gets, in that order, on unit A's report (or, to submit, with its own unit
     * in the body, unit A for a caller without one).
     */
    private static final Map<String, List<Outcome>> MATRIX = Map.of(
            // a unit's staff reads what its unit reads, submits and revises nothing, and reviews only the reports of
            // the units below it for plans the parent reviews (unit A's parent is the issuer: the province reviews)
            "POST /api/reports", List.of(OK, OK, OK, NO, NO, NO, NO, NO),
            "GET /api/reports", List.of(OK, OK, OK, OK, OK, NO, NO, NO),
            "GET /api/reports/{id}", List.of(OK, OK, GONE, OK, GONE, NO, NO, NO),
            "GET /api/reports/{id}/revisions", List.of(OK, OK, GONE, OK, GONE, NO, NO, NO),
            "PUT /api/reports/{id}", List.of(OK, OK, GONE, NO, NO, NO, NO, NO),
            "POST /api/reports/{id}/accept", List.of(OK, NO, NO, NO, GONE, NO, NO, NO),
            "POST /api/reports/{id}/return", List.of(OK, NO, NO, NO, GONE, NO, NO, NO),
            // each unit its own (both units must report on the plan), staff naming the unit
            "GET /api/reports/from-sub-units", List.of(OK, OK, OK, OK, OK, NO, NO, NO));

    /** The plan of a test, unit A's report (null when none is needed) and unit B's. */
    private record Fixture(String planId, String reportOfA, String reportOfB) {
    }

    /** A request to send: body and headers; the path comes from the endpoint. */
    private record Request(String query, Object body, String... headers) {
    }

    /** How to call each endpoint with a valid request: for {@code unit} (submissions) in {@code fixture}'s plan. */
    private static final Map<String, RequestMaker> REQUESTS = Map.of(
            "POST /api/reports", (f, unit) -> new Request("", SamplePlans.report(f.planId(), unit)),
            "GET /api/reports", (f, unit) -> new Request("?planId=" + f.planId(), null),
            "GET /api/reports/{id}", (f, unit) -> new Request("", null),
            "GET /api/reports/{id}/revisions", (f, unit) -> new Request("", null),
            "PUT /api/reports/{id}", (f, unit) -> new Request("", revision(f.planId()), "If-Match", "\"1\""),
            "POST /api/reports/{id}/accept", (f, unit) -> new Request("", "{}"),
            "POST /api/reports/{id}/return", (f, unit) -> new Request("",
                    "{\"reason\":\"Bổ sung số liệu kinh phí vận động\"}"),
            "GET /api/reports/from-sub-units", (f, unit) -> new Request("?planId=" + f.planId() + "&phase=1&unit="
                    + unit, null));

    private interface RequestMaker {
        Request make(Fixture fixture, String unit);
    }

    /**
     * What unit A's reporter gets when it aims an endpoint at unit B: B's report id in the path, B's code in the
     * body or the {@code unit} filter. A role that may never do it gets 403; everything else answers as if B's
     * report did not exist.
     */
    private static final Map<String, Function<Fixture, Probe>> SCOPING = Map.of(
            "POST /api/reports", f -> new Probe("", SamplePlans.report(f.planId(), B), 403),
            "GET /api/reports", f -> new Probe("?planId=" + f.planId() + "&unit=" + B, null, 200),
            "GET /api/reports/{id}", f -> new Probe("", null, 404),
            "GET /api/reports/{id}/revisions", f -> new Probe("", null, 404),
            "PUT /api/reports/{id}", f -> new Probe("", revision(f.planId()), 404, "If-Match", "\"1\""),
            "POST /api/reports/{id}/accept", f -> new Probe("", "{}", 403),
            "POST /api/reports/{id}/return", f -> new Probe("", "{\"reason\":\"Thiếu số liệu\"}", 403),
            "GET /api/reports/from-sub-units", f -> new Probe("?planId=" + f.planId() + "&phase=1&unit=" + B, null,
                    404));

    private record Probe(String query, Object body, int status, String... headers) {
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    /** Every {@code /api/**} endpoint the application maps, as {@code METHOD /pattern}. */
    private List<String> endpoints() {
        return new ArrayList<>(ApiEndpoints.of(mappings).keySet());
    }

    @Test
    void everyEndpointHasItsExpectations() {
        List<String> endpoints = endpoints();

        assertThat(MATRIX.keySet()).as("role matrix entries").containsExactlyInAnyOrderElementsOf(endpoints);
        assertThat(REQUESTS.keySet()).as("how to call each endpoint").containsExactlyInAnyOrderElementsOf(endpoints);
        assertThat(SCOPING.keySet()).as("unit scoping entries").containsExactlyInAnyOrderElementsOf(endpoints);
        MATRIX.forEach((endpoint, expected) -> assertThat(expected).as(endpoint).hasSameSizeAs(CALLERS));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesEveryBadTokenWith401() {
        Fixture fixture = fixture(true, true);
        return endpoints().stream().flatMap(endpoint -> TestTokens.badTokens().stream().map(bad -> dynamicTest(
                endpoint + " with " + bad.name() + " token", () -> {
                    Request request = request(endpoint).make(fixture, A);
                    Reply reply = callAs(bad.token(), method(endpoint),
                            path(endpoint, fixture.reportOfA()) + request.query(), request.body(), request.headers());

                    assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
                    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
                    assertThat(reply.body()).doesNotContain(A).doesNotContain("receiptNumber");
                    assertUnchanged(fixture);
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachCallerAsTheMatrixSays() {
        return endpoints().stream().flatMap(endpoint -> {
            List<Outcome> expected = MATRIX.get(endpoint);
            assertThat(expected).as("role matrix entry for " + endpoint).isNotNull();
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                Who who = CALLERS.get(i);
                Outcome expect = expected.get(i);
                tests.add(dynamicTest(endpoint + " as " + who + " → " + expect, () -> {
                    Fixture fixture = fixture(endpoint.contains("{"), false);
                    Request request = request(endpoint).make(fixture, who.unit() != null ? who.unit() : A);
                    Reply reply = callAs(who.token(), method(endpoint),
                            path(endpoint, fixture.reportOfA()) + request.query(), request.body(),
                            request.headers());

                    assertThat(expect.matches(reply.status())).as(reply.toString()).isTrue();
                    if (expect != Outcome.OK) {
                        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                        assertThat(reply.body()).doesNotContain("receiptNumber");
                    }
                }));
            }
            return tests.stream();
        });
    }

    @TestFactory
    Stream<DynamicTest> unitAReachesNothingOfUnitB() {
        String narrativeOfB = SamplePlans.report("x", B).get("narrative").valueStream().findFirst()
                .orElseThrow().asString().substring(0, 40);
        return endpoints().stream().map(endpoint -> dynamicTest(endpoint + " as unit A on unit B", () -> {
            Function<Fixture, Probe> scoping = SCOPING.get(endpoint);
            assertThat(scoping).as("unit scoping entry for " + endpoint).isNotNull();
            Fixture fixture = fixture(true, true);
            Probe probe = scoping.apply(fixture);

            Reply reply = callAs(TestTokens.reporter(A), method(endpoint),
                    path(endpoint, fixture.reportOfB()) + probe.query(), probe.body(), probe.headers());

            assertThat(reply.status()).as(reply.toString()).isEqualTo(probe.status());
            assertThat(reply.body()).doesNotContain(B).doesNotContain(narrativeOfB).doesNotContain("receiptNumber");
            if (probe.status() >= 400) {
                assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            } else {
                assertThat(reply.json().get("items")).isEmpty();
                assertThat(reply.json().get("total").asLong()).isZero();
            }
            if (probe.status() == 403 && probe.body() instanceof ObjectNode submission
                    && submission.has("unitCode")) {
                assertThat(reply.errorFields()).containsExactly("unitCode");
            }
            assertUnchanged(fixture);
            // what unit A lists is its own report only
            JsonNode listed = callAs(TestTokens.reporter(A), "GET", "/api/reports?planId=" + fixture.planId(), null)
                    .json();
            assertThat(listed.get("items")).extracting(item -> item.get("id").asString())
                    .containsExactly(fixture.reportOfA());
        }));
    }

    /** A new plan that units A and B must report on, with A's and B's reports submitted as asked. */
    private Fixture fixture(boolean withReportOfA, boolean withReportOfB) {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId, List.of(A, B)));
        return new Fixture(planId, withReportOfA ? submit(planId, A) : null,
                withReportOfB ? submit(planId, B) : null);
    }

    private String submit(String planId, String unit) {
        Reply reply = post("/api/reports", SamplePlans.report(planId, unit));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    /** Nothing of the fixture changed: the reports are at their first version and no report was added. */
    private void assertUnchanged(Fixture fixture) {
        Map<String, String> reports = new LinkedHashMap<>();
        if (fixture.reportOfA() != null) {
            reports.put(fixture.reportOfA(), A);
        }
        if (fixture.reportOfB() != null) {
            reports.put(fixture.reportOfB(), B);
        }
        reports.forEach((id, unit) -> {
            JsonNode report = get("/api/reports/" + id).json();
            assertThat(report.get("version").asLong()).as(unit + "'s report version").isEqualTo(1);
            assertThat(report.get("status").asString()).isEqualTo("SUBMITTED");
        });
        assertThat(get("/api/reports?planId=" + fixture.planId()).json().get("total").asLong())
                .isEqualTo(reports.size());
    }

    private static RequestMaker request(String endpoint) {
        RequestMaker maker = REQUESTS.get(endpoint);
        assertThat(maker).as("how to call " + endpoint).isNotNull();
        return maker;
    }

    private static String method(String endpoint) {
        return endpoint.substring(0, endpoint.indexOf(' '));
    }

    /** The endpoint's path with every path variable set to {@code id}, an existing report's id. */
    private static String path(String endpoint, String id) {
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        Matcher variables = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            assertThat(variables.group(1)).as("path variable of " + endpoint).isEqualTo("id");
            assertThat(id).as("an existing report for " + endpoint).isNotNull();
            variables.appendReplacement(path, id);
        }
        variables.appendTail(path);
        return path.toString();
    }

    private static ObjectNode revision(String planId) {
        ObjectNode report = SamplePlans.report(planId, A);
        ((ObjectNode) report.get("values")).put("GIFTS", 121);
        ObjectNode body = SamplePlans.JSON.createObjectNode();
        body.set("values", report.get("values"));
        body.set("narrative", report.get("narrative"));
        return body;
    }
}
