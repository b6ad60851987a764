package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * The access rules of review by the level above, generated over a table: in a tree of two districts with a
 * grassroots union each, every caller aims every report endpoint at the first union's report, once for a plan its
 * parent reviews and once for a plan the province reviews. A district's staff reviews only its own sub-units'
 * reports and only where the parent reviews; a sibling district gets 404, as if the report were missing; a plain
 * unit reporter 403.
 */
class ParentReviewAccessTests extends ReportTestSupport {

    static final String PROVINCE = "LDLD-TN";
    static final String DISTRICT = "LDLD-TB";
    static final String SIBLING = "LDLD-HT";
    static final String UNION = "CDCS-TB-01";
    static final String SIBLING_UNION = "CDCS-HT-01";

    /** A caller of the table. */
    private record Who(String name, String token) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Who> CALLERS = List.of(
            new Who("province staff", TestTokens.staff()),
            new Who("the district's staff", TestTokens.unitStaff(DISTRICT)),
            new Who("a sibling district's staff", TestTokens.unitStaff(SIBLING)),
            new Who("the district's reporter", TestTokens.reporter(DISTRICT)),
            new Who("a sibling district's reporter", TestTokens.reporter(SIBLING)),
            new Who("the union's reporter", TestTokens.reporter(UNION)),
            new Who("the union's staff", TestTokens.unitStaff(UNION)),
            new Who("viewer", TestTokens.viewer()));

    /** What each caller of {@link #CALLERS}, in that order, gets on the union's report of a plan its parent reviews. */
    private static final Map<String, List<Integer>> PARENT_REVIEWS = Map.of(
            "GET /api/reports/{id}", List.of(200, 200, 404, 200, 404, 200, 200, 403),
            "GET /api/reports/{id}/revisions", List.of(200, 200, 404, 200, 404, 200, 200, 403),
            "PUT /api/reports/{id}", List.of(200, 403, 403, 403, 404, 200, 403, 403),
            "POST /api/reports/{id}/accept", List.of(200, 200, 404, 403, 403, 403, 403, 403),
            "POST /api/reports/{id}/return", List.of(200, 200, 404, 403, 403, 403, 403, 403));

    /** The same for a plan the province reviews: the district's staff may read its sub-unit's report, not review it. */
    private static final Map<String, List<Integer>> PROVINCE_REVIEWS = Map.of(
            "GET /api/reports/{id}", List.of(200, 200, 404, 200, 404, 200, 200, 403),
            "GET /api/reports/{id}/revisions", List.of(200, 200, 404, 200, 404, 200, 200, 403),
            "PUT /api/reports/{id}", List.of(200, 403, 403, 403, 404, 200, 403, 403),
            "POST /api/reports/{id}/accept", List.of(200, 403, 404, 403, 403, 403, 403, 403),
            "POST /api/reports/{id}/return", List.of(200, 403, 404, 403, 403, 403, 403, 403));

    /** Whether each caller's list of the plan's reports shows the union's report (and never the sibling union's). */
    private static final List<Boolean> LISTS_THE_UNION = List.of(true, true, false, true, false, true, true, false);

    /** A plan addressed to both districts and both unions, reviewed by {@code reviewBy}, with the union's report. */
    private record Fixture(String planId, String reportOfUnion, String reportOfSiblingUnion) {
    }

    private Fixture fixture(String reviewBy) {
        Map<String, String> units = new LinkedHashMap<>();
        units.put(DISTRICT, PROVINCE);
        units.put(SIBLING, PROVINCE);
        units.put(UNION, DISTRICT);
        units.put(SIBLING_UNION, SIBLING);
        String planId = SamplePlans.newPlanId();
        ObjectNode event = SamplePlans.published(planId, units);
        ((ObjectNode) event.get("plan")).put("reviewBy", reviewBy);
        publish(event);
        return new Fixture(planId, submit(planId, UNION), submit(planId, SIBLING_UNION));
    }

    private String submit(String planId, String unit) {
        Reply reply = post("/api/reports", SamplePlans.report(planId, unit));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    @Test
    void everyCallerHasItsExpectations() {
        for (Map<String, List<Integer>> table : List.of(PARENT_REVIEWS, PROVINCE_REVIEWS)) {
            table.forEach((endpoint, expected) -> assertThat(expected).as(endpoint).hasSameSizeAs(CALLERS));
        }
        assertThat(LISTS_THE_UNION).hasSameSizeAs(CALLERS);
    }

    @TestFactory
    Stream<DynamicTest> onAPlanTheParentReviewsTheDistrictReviewsOnlyItsOwnSubUnits() {
        return tests("PARENT", PARENT_REVIEWS);
    }

    @TestFactory
    Stream<DynamicTest> onAPlanTheProvinceReviewsTheDistrictOnlyReads() {
        return tests("PROVINCE", PROVINCE_REVIEWS);
    }

    private Stream<DynamicTest> tests(String reviewBy, Map<String, List<Integer>> table) {
        List<DynamicTest> tests = new ArrayList<>();
        table.forEach((endpoint, expected) -> {
            for (int i = 0; i < CALLERS.size(); i++) {
                Who who = CALLERS.get(i);
                int status = expected.get(i);
                tests.add(dynamicTest(endpoint + " as " + who + " → " + status, () -> {
                    Fixture fixture = fixture(reviewBy);
                    String method = endpoint.substring(0, endpoint.indexOf(' '));
                    String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                            .replace("{id}", fixture.reportOfUnion());

                    Reply reply = callAs(who.token(), method, path, body(endpoint, fixture), headers(endpoint));

                    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
                    if (status >= 400) {
                        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                        assertThat(reply.body()).doesNotContain(UNION).doesNotContain("receiptNumber");
                        JsonNode stored = get("/api/reports/" + fixture.reportOfUnion()).json();
                        assertThat(stored.get("version").asLong()).isEqualTo(1);
                        assertThat(stored.get("status").asString()).isEqualTo("SUBMITTED");
                    }
                }));
            }
        });
        for (int i = 0; i < CALLERS.size(); i++) {
            Who who = CALLERS.get(i);
            boolean listsTheUnion = LISTS_THE_UNION.get(i);
            tests.add(dynamicTest("GET /api/reports as " + who + (listsTheUnion ? " lists" : " does not list")
                    + " the union's report", () -> {
                Fixture fixture = fixture(reviewBy);

                Reply reply = callAs(who.token(), "GET", "/api/reports?planId=" + fixture.planId(), null);

                if (who.name().equals("viewer")) {
                    assertThat(reply.status()).isEqualTo(403);
                    return;
                }
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                List<String> ids = new ArrayList<>();
                reply.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
                assertThat(ids.contains(fixture.reportOfUnion())).as(ids.toString()).isEqualTo(listsTheUnion);
                if (!who.name().equals("province staff")) {
                    assertThat(ids).doesNotContain(listsTheUnion ? fixture.reportOfSiblingUnion() : "none");
                }
            }));
        }
        return tests.stream();
    }

    private static Object body(String endpoint, Fixture fixture) {
        if (endpoint.startsWith("PUT")) {
            ObjectNode report = SamplePlans.report(fixture.planId(), UNION);
            ObjectNode body = SamplePlans.JSON.createObjectNode();
            body.set("values", report.get("values"));
            body.set("narrative", report.get("narrative"));
            return body;
        }
        if (endpoint.endsWith("/accept")) {
            return "{}";
        }
        if (endpoint.endsWith("/return")) {
            return "{\"reason\":\"Bổ sung số liệu kinh phí vận động\"}";
        }
        return null;
    }

    private static String[] headers(String endpoint) {
        return endpoint.startsWith("PUT") ? new String[] {"If-Match", "\"1\""} : new String[0];
    }
}
