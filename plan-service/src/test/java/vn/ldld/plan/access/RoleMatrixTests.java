package vn.ldld.plan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.ldld.web.testing.Outcome;
import vn.ldld.web.testing.Reply;

/**
 * The role matrix: for every {@code /api/**} endpoint the service maps and every kind of caller, the status class
 * expected. The plan read on is published and addressed to unit A only; the draft written on is a draft to unit A.
 * Unit A's staff is the office of a district the plan addresses, unit B's staff that of a sibling district. A mapped
 * endpoint missing from {@link #EXPECTED} (or an entry for an endpoint that no longer exists) fails the test.
 */
class RoleMatrixTests extends AccessTestSupport {

    private static final Outcome OK = Outcome.OK;
    private static final Outcome FORBIDDEN = Outcome.FORBIDDEN;
    private static final Outcome NOT_FOUND = Outcome.NOT_FOUND;

    /** Staff, both unit reporters and a unit's staff list; viewers, machine clients and role-less tokens are refused. */
    private static final Map<Who, Outcome> DIRECTORY_LIST = outcomes(OK, OK, OK, OK, OK);
    /** Unit A read: a unit's staff reads only its own unit and the units below it. */
    private static final Map<Who, Outcome> UNIT_A_READ = outcomes(OK, OK, OK, OK, NOT_FOUND);
    /** Only staff write. */
    private static final Map<Who, Outcome> STAFF_ONLY = outcomes(OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
    /** Staff and unit A (a recipient) read the plan; unit B is told it does not exist. */
    private static final Map<Who, Outcome> RECIPIENT_READ = outcomes(OK, OK, NOT_FOUND, OK, NOT_FOUND);
    /**
     * A write of the plan to unit A: staff only; unit A's staff reads it but may not write it (403), unit B's staff
     * cannot read it (404).
     */
    private static final Map<Who, Outcome> PLAN_WRITE = outcomes(OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND);
    /** A write of the draft to unit A: neither unit's staff reads another issuer's draft (404). */
    private static final Map<Who, Outcome> DRAFT_WRITE = outcomes(OK, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND);
    /** An implementing plan of the plan to unit A: staff (for unit A) and unit A's staff; unit B's staff 404. */
    private static final Map<Who, Outcome> IMPLEMENT = outcomes(OK, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND);

    private static final Map<String, Map<Who, Outcome>> EXPECTED = Map.ofEntries(
            Map.entry("GET /api/units", DIRECTORY_LIST),
            Map.entry("GET /api/units/{code}", UNIT_A_READ),
            Map.entry("POST /api/units", STAFF_ONLY),
            Map.entry("POST /api/units/import", STAFF_ONLY),
            Map.entry("PUT /api/units/{code}", STAFF_ONLY),
            Map.entry("POST /api/units/{code}/deactivate", STAFF_ONLY),
            Map.entry("POST /api/units/{code}/activate", STAFF_ONLY),
            // a reporter lists only its plans: unit B gets a page without plan A
            Map.entry("GET /api/plans", DIRECTORY_LIST),
            Map.entry("GET /api/plans/{id}", RECIPIENT_READ),
            Map.entry("GET /api/plans/{id}/versions", RECIPIENT_READ),
            Map.entry("GET /api/plans/{id}/recipients", RECIPIENT_READ),
            Map.entry("GET /api/plans/{id}/versions/{version}", RECIPIENT_READ),
            Map.entry("GET /api/plans/{id}/document.docx", RECIPIENT_READ),
            Map.entry("GET /api/plans/{id}/document.pdf", RECIPIENT_READ),
            // a plan of the issuer: a unit's staff creates only its own unit's implementing plans
            Map.entry("POST /api/plans", STAFF_ONLY),
            Map.entry("PUT /api/plans/{id}", DRAFT_WRITE),
            Map.entry("POST /api/plans/{id}/publish", DRAFT_WRITE),
            Map.entry("POST /api/plans/{id}/close", PLAN_WRITE),
            Map.entry("POST /api/plans/{id}/cancel", PLAN_WRITE),
            Map.entry("POST /api/plans/{id}/amendments", PLAN_WRITE),
            Map.entry("POST /api/plans/{id}/copy", PLAN_WRITE),
            Map.entry("POST /api/plans/{id}/implementations", IMPLEMENT));

    private static Map<Who, Outcome> outcomes(Outcome staff, Outcome reporterA, Outcome reporterB, Outcome staffA,
                                              Outcome staffB) {
        Map<Who, Outcome> outcomes = new EnumMap<>(Who.class);
        outcomes.put(Who.STAFF, staff);
        outcomes.put(Who.REPORTER_A, reporterA);
        outcomes.put(Who.REPORTER_B, reporterB);
        outcomes.put(Who.UNIT_STAFF_A, staffA);
        outcomes.put(Who.UNIT_STAFF_B, staffB);
        outcomes.put(Who.VIEWER, Outcome.FORBIDDEN);
        outcomes.put(Who.MACHINE, Outcome.FORBIDDEN);
        outcomes.put(Who.NO_ROLE, Outcome.FORBIDDEN);
        return outcomes;
    }

    @Test
    void everyMappedEndpointHasExpectations() {
        assertThat(endpoints()).extracting(Endpoint::toString).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatItsRoleAllows() {
        return endpoints().stream().flatMap(endpoint -> {
            Map<Who, Outcome> expected = EXPECTED.get(endpoint.toString());
            assertThat(expected).as("expectations for %s", endpoint).isNotNull();
            return Stream.of(Who.values()).map(who -> DynamicTest.dynamicTest(endpoint + " as " + who, () -> {
                Outcome outcome = expected.get(who);
                boolean write = !endpoint.method().equals("GET");
                Reply reply = send(who.token(), endpoint, request(endpoint, write && outcome == Outcome.OK));

                assertThat(outcome.matches(reply.status())).as("%s as %s expected %s, got %s", endpoint, who,
                        outcome, reply).isTrue();
                if (outcome != Outcome.OK) {
                    assertThat(reply.contentType()).startsWith("application/problem+json");
                    assertThat(reply.response().body()).doesNotContain(TITLE_A);
                }
            }));
        });
    }

    @Test
    void unitBListsNoPlanOfUnitA() {
        Reply page = as(Who.REPORTER_B.token(), "GET", "/api/plans?size=100", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("content").valueStream().map(p -> p.get("id").asString()))
                .doesNotContain(fixtures().planA(), fixtures().draftA()).contains(fixtures().planB());
    }

    @Test
    void aWriteIsRefusedBeforeItsRequestIsRead() {
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method().equals("GET")) {
                continue;
            }
            String path = endpoint.pattern().replace("{code}", UNIT_A).replace("{id}", fixtures().planA());
            for (Who who : List.of(Who.REPORTER_A, Who.VIEWER, Who.NO_ROLE)) {
                Reply reply = as(who.token(), endpoint.method(), path, "{\"unknown\": [}");

                assertThat(reply.status()).as("%s as %s: %s", endpoint, who, reply).isEqualTo(403);
                assertThat(reply.contentType()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void refusedWritesChangeNothing() {
        Fixtures f = fixtures();
        List<String> watched = List.of("/api/plans/" + f.planA(), "/api/plans/" + f.draftA(), "/api/units/" + UNIT_A);
        List<String> before = watched.stream().map(path -> get(path).header("ETag")).toList();
        long unitsBefore = get("/api/units?size=1").json().get("totalElements").asLong();
        long plansBefore = get("/api/plans?size=1").json().get("totalElements").asLong();

        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method().equals("GET")) {
                continue;
            }
            for (Who who : Who.values()) {
                Outcome expected = EXPECTED.get(endpoint.toString()).get(who);
                if (expected != Outcome.OK) {
                    Reply reply = send(who.token(), endpoint, request(endpoint, false));
                    assertThat(expected.matches(reply.status())).as("%s as %s: %s", endpoint, who, reply).isTrue();
                }
            }
        }

        assertThat(watched.stream().map(path -> get(path).header("ETag")).toList()).isEqualTo(before);
        assertThat(get("/api/units?size=1").json().get("totalElements").asLong()).isEqualTo(unitsBefore);
        assertThat(get("/api/plans?size=1").json().get("totalElements").asLong()).isEqualTo(plansBefore);
    }
}
