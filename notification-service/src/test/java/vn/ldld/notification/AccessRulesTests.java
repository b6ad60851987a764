package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static vn.ldld.web.testing.Outcome.FORBIDDEN;
import static vn.ldld.web.testing.Outcome.NOT_FOUND;
import static vn.ldld.web.testing.Outcome.OK;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import vn.ldld.notification.delivery.Delivery;
import vn.ldld.notification.delivery.DeliveryStatus;
import vn.ldld.notification.inbox.InboxEntry;
import vn.ldld.notification.preference.Channel;
import vn.ldld.web.testing.ApiEndpoints;
import vn.ldld.web.testing.Outcome;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;
import vn.ldld.web.testing.TestTokens.BadToken;

/**
 * Who may call what, generated over every {@code /api/**} endpoint the service maps (a new endpoint fails these
 * tests until it has its expectations here): bad tokens get 401, each role its expected status class, and a unit
 * reporter never sees or changes another unit's objects.
 */
class AccessRulesTests extends NotificationTestSupport {


    /** The callers of the matrix; unit A owns the objects the requests name. */
    enum Who {
        STAFF, REPORTER_OF_A, REPORTER_OF_B, VIEWER, MACHINE, NO_ROLE, STAFF_OF_A, STAFF_OF_B;

        String token(Fixture fixture) {
            return switch (this) {
                case STAFF -> TestTokens.staff();
                case REPORTER_OF_A -> TestTokens.reporter(fixture.unitA());
                case REPORTER_OF_B -> TestTokens.reporter(fixture.unitB());
                case VIEWER -> TestTokens.viewer();
                case MACHINE -> TestTokens.machine();
                case NO_ROLE -> TestTokens.noRole();
                case STAFF_OF_A -> TestTokens.unitStaff(fixture.unitA());
                case STAFF_OF_B -> TestTokens.unitStaff(fixture.unitB());
            };
        }
    }

    /**
     * Expected outcome of every endpoint, its path variables naming unit A's objects, by caller in the order of
     * {@link Who}: staff, reporter of A, reporter of B, viewer, machine client, no role, and a unit's staff (A's and
     * B's), who reads and sets what its unit's reporter does.
     */
    private static final Map<String, Map<Who, Outcome>> MATRIX = Map.of(
            "GET /api/notifications", row(OK, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
            "POST /api/notifications/{id}/read",
            row(OK, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND),
            "GET /api/notifications/preferences/{unit}",
            row(OK, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND),
            "PUT /api/notifications/preferences/{unit}",
            row(OK, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND),
            "GET /api/notifications/deliveries", row(OK, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
            "GET /api/notifications/schedule",
            row(OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            "GET /api/notifications/webhooks",
            row(OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            "POST /api/notifications/webhooks/{unit}/approval",
            row(OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            "DELETE /api/notifications/webhooks/{unit}/approval",
            row(OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));

    /** Unit A's webhook URL (set by its reporter, so waiting for staff's approval). */
    private static final String WEBHOOK_A = "https://hooks-a.test/ldld";

    /** Query strings an endpoint needs to succeed ({@code {planId}} is replaced). */
    private static final Map<String, String> QUERIES = Map.of(
            "GET /api/notifications/schedule", "?planId={planId}");

    /** Request bodies an endpoint needs to succeed. */
    private static final Map<String, String> BODIES = Map.of(
            "PUT /api/notifications/preferences/{unit}", """
                    {"channels": [], "webhookUrl": "%s", "webhookSecret": "0123456789abcdef"}""".formatted(WEBHOOK_A),
            "POST /api/notifications/webhooks/{unit}/approval", "{\"webhookUrl\": \"" + WEBHOOK_A + "\"}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyEndpointHasItsExpectations() {
        assertThat(endpoints().keySet()).as("the endpoints the service maps").isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vn.ldld.web.testing.TestTokens#badTokens")
    void everyEndpointAnswers401ToABadToken(BadToken bad) {
        Fixture fixture = fixture();
        SoftAssertions softly = new SoftAssertions();
        for (String endpoint : checkedEndpoints()) {
            Reply reply = send(endpoint, fixture, bad.token(), fixture.unitA(), fixture.entryA());
            softly.assertThat(reply.status()).as(endpoint + " " + reply).isEqualTo(401);
            softly.assertThat(reply.contentType()).as(endpoint).startsWith("application/problem+json");
            softly.assertThat(reply.header("WWW-Authenticate")).as(endpoint).startsWith("Bearer");
        }
        softly.assertAll();
        assertThat(mongo.findById(fixture.entryA(), InboxEntry.class).readAt()).as("marked read by a bad token")
                .isNull();
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
        Fixture fixture = fixture();
        List<DynamicTest> tests = new ArrayList<>();
        for (String endpoint : checkedEndpoints()) {
            for (Who who : Who.values()) {
                Outcome expected = MATRIX.get(endpoint).get(who);
                tests.add(dynamicTest(endpoint + " as " + who + " → " + expected, () -> {
                    Reply reply = send(endpoint, fixture, who.token(fixture), fixture.unitA(), fixture.entryA());
                    assertThat(expected.matches(reply.status())).as(reply.toString()).isTrue();
                    if (expected != OK) {
                        assertThat(reply.contentType()).startsWith("application/problem+json");
                        assertThat(reply.body()).doesNotContain(fixture.secretA());
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** Unit A's reporter on unit B's objects, by every endpoint that takes an id or a unit. */
    @TestFactory
    Stream<DynamicTest> aReporterNeverReachesAnotherUnitsObjects() {
        Fixture fixture = fixture();
        String reporterOfA = TestTokens.reporter(fixture.unitA());
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, HandlerMethod> endpoint : endpoints().entrySet()) {
            String name = endpoint.getKey();
            // staff-only endpoints answer every reporter 403 (the matrix), whichever unit they name
            if (name.contains("{") && MATRIX.get(name).get(Who.REPORTER_OF_A) == OK) {
                tests.add(dynamicTest(name + " with unit B's id or code → 404", () -> {
                    Reply reply = send(name, fixture, reporterOfA, fixture.unitB(), fixture.entryB());
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
                    assertThat(reply.contentType()).startsWith("application/problem+json");
                    assertThat(reply.body()).doesNotContain(fixture.secretB());
                }));
            }
            if (takesUnitParameter(endpoint.getValue())) {
                tests.add(dynamicTest(name + "?unit=<B> → nothing of B", () -> {
                    Reply reply = send(name, fixture, reporterOfA, fixture.unitB(), fixture.entryB(),
                            "unit=" + fixture.unitB());
                    assertThat(reply.status()).as(reply.toString()).isIn(200, 403);
                    assertThat(reply.body()).doesNotContain(fixture.secretB()).doesNotContain(fixture.unitB());
                }));
            }
        }
        assertThat(tests).as("endpoints taking an id or a unit").isNotEmpty();
        return tests.stream();
    }

    @Test
    void anotherUnitsNotificationIsNotFoundAndStaysUnread() {
        Fixture fixture = fixture();
        Reply reply = callAs(TestTokens.reporter(fixture.unitA()), "POST",
                "/api/notifications/" + fixture.entryB() + "/read", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("detail").asString()).isEqualTo("No notification " + fixture.entryB());
        assertThat(mongo.findById(fixture.entryB(), InboxEntry.class).readAt()).isNull();

        Reply own = callAs(TestTokens.reporter(fixture.unitB()), "POST",
                "/api/notifications/" + fixture.entryB() + "/read", null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("readAt").isNull()).isFalse();
    }

    @Test
    void anotherUnitsPreferencesAreNotFoundAndUnchanged() {
        Fixture fixture = fixture();
        String reporterOfA = TestTokens.reporter(fixture.unitA());
        String path = "/api/notifications/preferences/" + fixture.unitB();

        Reply read = callAs(reporterOfA, "GET", path, null);
        Reply write = callAs(reporterOfA, "PUT", path, "{\"channels\": [\"EMAIL\"], \"email\": \"ke-gian@evil.test\"}");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body()).doesNotContain(fixture.secretB());
        assertThat(write.status()).isEqualTo(404);
        assertThat(callAs(TestTokens.reporter(fixture.unitB()), "GET", path, null).json().get("email").asString())
                .isEqualTo(fixture.emailB());
    }

    @Test
    void aReportersListsHoldOnlyItsOwnUnit() {
        Fixture fixture = fixture();
        String reporterOfA = TestTokens.reporter(fixture.unitA());

        JsonNode inbox = callAs(reporterOfA, "GET", "/api/notifications?size=200", null).json();
        assertThat(inbox.get("items").findValues("unitCode")).extracting(JsonNode::asString).isNotEmpty()
                .containsOnly(fixture.unitA());
        assertThat(inbox.get("items").findValues("id")).extracting(JsonNode::asString).contains(fixture.entryA());
        JsonNode filtered = callAs(reporterOfA, "GET", "/api/notifications?unit=" + fixture.unitB(), null).json();
        assertThat(filtered.get("items")).isEmpty();
        assertThat(filtered.get("total").asLong()).isZero();

        JsonNode deliveries = callAs(reporterOfA, "GET", "/api/notifications/deliveries", null).json();
        assertThat(deliveries.findValues("unitCode")).extracting(JsonNode::asString).isNotEmpty()
                .containsOnly(fixture.unitA());
        assertThat(callAs(reporterOfA, "GET", "/api/notifications/deliveries?unit=" + fixture.unitB(), null).json())
                .isEmpty();
    }

    @Test
    void staffSeeEveryUnitAndMayFilterByUnit() {
        Fixture fixture = fixture();

        JsonNode inboxOfB = get("/api/notifications?unit=" + fixture.unitB()).json();
        assertThat(inboxOfB.get("items").findValues("id")).extracting(JsonNode::asString)
                .containsExactly(fixture.entryB());
        assertThat(get("/api/notifications?size=1").json().get("total").asLong()).isGreaterThanOrEqualTo(2);

        JsonNode deliveries = get("/api/notifications/deliveries?planId=" + fixture.planId()).json();
        assertThat(deliveries.findValues("unitCode")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(fixture.unitA(), fixture.unitB());
        assertThat(get("/api/notifications/preferences/" + fixture.unitB()).json().get("email").asString())
                .isEqualTo(fixture.emailB());
    }

    @Test
    void aReporterTokenWithoutUnitIsForbidden() {
        Fixture fixture = fixture();
        String noUnit = TestTokens.token().subject("lost").roles("UNIT_REPORTER").sign();

        assertThat(callAs(noUnit, "GET", "/api/notifications", null).status()).isEqualTo(403);
        assertThat(callAs(noUnit, "GET", "/api/notifications/deliveries", null).status()).isEqualTo(403);
        assertThat(callAs(noUnit, "POST", "/api/notifications/" + fixture.entryA() + "/read", null).status())
                .isEqualTo(403);
        assertThat(callAs(noUnit, "GET", "/api/notifications/preferences/" + fixture.unitA(), null).status())
                .isEqualTo(403);
    }

    /** The {@code /api/**} endpoints, as {@code METHOD pattern}, with their handler. */
    private Map<String, HandlerMethod> endpoints() {
        return ApiEndpoints.of(handlerMapping);
    }

    /** The endpoints, failing when one has no expectations. */
    private List<String> checkedEndpoints() {
        List<String> endpoints = List.copyOf(endpoints().keySet());
        assertThat(MATRIX.keySet()).as("endpoints with expectations").containsAll(endpoints);
        return endpoints;
    }

    private static boolean takesUnitParameter(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && ("unit".equals(param.value()) || "unit".equals(param.name())
                    || param.value().isEmpty() && param.name().isEmpty()
                    && "unit".equals(parameter.getParameterName()))) {
                return true;
            }
        }
        return false;
    }

    /** Calls {@code endpoint} with its path variables naming {@code unit} and inbox entry {@code id}. */
    private Reply send(String endpoint, Fixture fixture, String token, String unit, String id, String... query) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{unit}", unit).replace("{id}", id);
        assertThat(path).as("a value for every path variable of " + endpoint).doesNotContain("{");
        String queryString = QUERIES.getOrDefault(endpoint, "").replace("{planId}", fixture.planId());
        for (String parameter : query) {
            queryString += (queryString.isEmpty() ? "?" : "&") + parameter;
        }
        return callAs(token, method, path + queryString, BODIES.get(endpoint));
    }

    private static Map<Who, Outcome> row(Outcome... outcomes) {
        Map<Who, Outcome> row = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            row.put(who, outcomes[who.ordinal()]);
        }
        return row;
    }

    /**
     * Two units with an inbox entry, a delivery and (B) preferences each, about one plan; every piece of their data
     * carries the unit's secret marker.
     */
    private Fixture fixture() {
        String tag = TestPlans.tag();
        Fixture fixture = new Fixture(tag + "-GD", tag + "-TC", UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), "riengA" + tag, "riengB" + tag,
                "vanphong-" + tag.toLowerCase() + "@ldld-trangbang.vn");
        Instant now = Instant.parse("2023-07-20T02:00:00Z");
        mongo.insert(new InboxEntry(fixture.entryA(), fixture.unitA(), fixture.planId(), 1, "BEFORE_DEADLINE",
                "Nhắc hạn báo cáo " + fixture.secretA(), "Đề nghị gửi báo cáo đợt 1.", now, null));
        mongo.insert(new InboxEntry(fixture.entryB(), fixture.unitB(), fixture.planId(), 1, "BEFORE_DEADLINE",
                "Nhắc hạn báo cáo " + fixture.secretB(), "Đề nghị gửi báo cáo đợt 1.", now, null));
        mongo.insert(delivery(fixture, fixture.unitA(), fixture.secretA(), now));
        mongo.insert(delivery(fixture, fixture.unitB(), fixture.secretB(), now));
        assertThat(callAs(TestTokens.reporter(fixture.unitA()), "PUT", "/api/notifications/preferences/"
                + fixture.unitA(), BODIES.get("PUT /api/notifications/preferences/{unit}")).status()).isEqualTo(200);
        assertThat(callAs(TestTokens.reporter(fixture.unitB()), "PUT", "/api/notifications/preferences/"
                + fixture.unitB(), "{\"channels\": [\"EMAIL\"], \"email\": \"" + fixture.emailB() + "\"}").status())
                .isEqualTo(200);
        return fixture;
    }

    private static Delivery delivery(Fixture fixture, String unit, String secret, Instant at) {
        String key = fixture.planId() + "/1/" + unit + "/BEFORE_DEADLINE/" + at + "/" + Channel.EMAIL;
        return new Delivery(key, UUID.randomUUID().toString(), UUID.randomUUID().toString(), unit, fixture.planId(),
                1, "BEFORE_DEADLINE", Channel.EMAIL, unit.toLowerCase() + "@ldld.test", "Nhắc hạn báo cáo " + secret,
                "Đề nghị gửi báo cáo đợt 1.", null, null, DeliveryStatus.SENT, 1, at, null, null, null, null, at,
                null, null);
    }

    /** Unit A and unit B, each with an inbox entry and a delivery of one plan; B's preferences name an e-mail. */
    record Fixture(String unitA, String unitB, String planId, String entryA, String entryB, String secretA,
                   String secretB, String emailB) {
    }
}
