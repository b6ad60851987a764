package vn.ldld.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.json.JsonMapper;
import vn.ldld.web.testing.TestTokens;

/**
 * Tokens at the gateway: every API route refuses bad ones before any service sees the request. Each refused call is
 * charged to its address's anonymous budget (see RateLimitTests): a large one here, where the 401s are the subject.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.rate-limit.budgets.anonymous.rate=100000", "gateway.rate-limit.budgets.anonymous.burst=100000"})
@AutoConfigureWebTestClient
class SecurityTests {

    static final Backend plans = new Backend("plan-service");
    static final Backend reports = new Backend("report-service");
    static final Backend notifications = new Backend("notification-service");
    static final Backend analytics = new Backend("analytics-service");
    static final List<Backend> all = List.of(plans, reports, notifications, analytics);

    static final List<String> IDENTITY_HEADERS = List.of("X-User", "X-User-Id", "X-Unit", "X-Unit-Code", "X-Roles",
            "X-Authenticated-User", "X-Forwarded-User", "X-Auth-Request-User", "X-Auth-Request-Email", "X-Caller");

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        registry.add("gateway.instances.plan-service", plans::url);
        registry.add("gateway.instances.report-service", reports::url);
        registry.add("gateway.instances.notification-service", notifications::url);
        registry.add("gateway.instances.analytics-service", analytics::url);
    }

    @AfterAll
    static void stop() {
        all.forEach(Backend::close);
    }

    @Autowired
    WebTestClient client;

    @Autowired
    RouteDefinitionLocator routes;

    @Autowired
    WebFilterChainProxy securityFilters;

    /** One request path per {@code Path} pattern of every configured route under {@code /api}. */
    List<String> apiPaths() {
        List<String> paths = new ArrayList<>();
        for (RouteDefinition route : routes.getRouteDefinitions().collectList().block()) {
            for (PredicateDefinition predicate : route.getPredicates()) {
                if (predicate.getName().equals("Path")) {
                    predicate.getArgs().values().stream().filter(pattern -> pattern.startsWith("/api"))
                            .map(pattern -> pattern.replace("**", "probe").replace("*", "7"))
                            .forEach(paths::add);
                }
            }
        }
        return paths;
    }

    @TestFactory
    Stream<DynamicTest> everyApiRouteRefusesEveryBadTokenWith401ProblemBeforeTheService() {
        List<String> paths = apiPaths();
        assertThat(paths).contains("/api/plans/probe", "/api/reports", "/api/notifications/probe",
                "/api/analytics/probe", "/api/analytics/plans/7/phases/7/export.7");
        return paths.stream().flatMap(path -> TestTokens.badTokens().stream().map(bad ->
                DynamicTest.dynamicTest(path + " with " + bad, () -> {
                    WebTestClient.RequestHeadersSpec<?> request = client.get().uri(path)
                            .header("X-Request-Id", "bad-token-check");
                    if (bad.token() != null) {
                        request = request.header("Authorization", "Bearer " + bad.token());
                    }
                    request.exchange()
                            .expectStatus().isUnauthorized()
                            .expectHeader().value("WWW-Authenticate", value -> assertThat(value).startsWith("Bearer"))
                            .expectHeader().valueEquals("Connection", "close")
                            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                            .expectBody()
                            .jsonPath("$.status").isEqualTo(401)
                            .jsonPath("$.title").isEqualTo("Unauthorized")
                            .jsonPath("$.instance").isEqualTo(path)
                            .jsonPath("$.correlationId").isEqualTo("bad-token-check");
                    assertThat(all).allSatisfy(backend -> assertThat(backend.receivedOn(path)).isEmpty());
                })));
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Nimbus, Spring Security and JOSE words that mean nothing to the person who sent the token. */
    static final List<String> LIBRARY_WORDS = List.of("Another algorithm expected", "Jwt", "JWS", "JOSE", "Nimbus",
            "An error occurred while attempting to decode", "Signed JWT rejected", "Unsupported algorithm",
            "Invalid serialized", "claim is not valid", "[", "Exception");

    @TestFactory
    Stream<DynamicTest> every401SaysInPlainWordsWhatIsWrongWithTheToken() {
        List<TestTokens.BadToken> tokens = new ArrayList<>(TestTokens.badTokens());
        tokens.add(new TestTokens.BadToken("HMAC signed", hmacSigned()));
        tokens.add(new TestTokens.BadToken("three dots", "a.b.c"));
        return tokens.stream().map(bad -> DynamicTest.dynamicTest(bad.name(), () -> {
            WebTestClient.RequestHeadersSpec<?> request = client.get().uri("/api/plans/words");
            if (bad.token() != null) {
                request = request.header("Authorization", "Bearer " + bad.token());
            }
            var result = request.exchange().expectStatus().isUnauthorized().expectBody(String.class).returnResult();
            String detail = JSON.readTree(result.getResponseBody()).path("detail").asString();
            String challenge = result.getResponseHeaders().getFirst("WWW-Authenticate");
            assertThat(detail).isNotBlank();
            assertThat(LIBRARY_WORDS).allSatisfy(word -> {
                assertThat(detail).as("detail").doesNotContain(word);
                assertThat(challenge).as("WWW-Authenticate").doesNotContain(word);
            });
        }));
    }

    @Test
    void theRefusalNamesTheReason() {
        assertThat(detailFor(TestTokens.expired())).contains("expired");
        assertThat(detailFor(TestTokens.wrongSignature())).contains("signature");
        assertThat(detailFor(hmacSigned())).contains("RS256");
        assertThat(detailFor(TestTokens.algNone())).contains("not signed");
        assertThat(detailFor(TestTokens.wrongIssuer())).contains("issued by");
        assertThat(detailFor(TestTokens.wrongAudience())).contains("not meant for this platform");
        assertThat(detailFor("not-a-token")).contains("not a token");
    }

    private String detailFor(String token) {
        String body = client.get().uri("/api/plans/words").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized().expectBody(String.class).returnResult().getResponseBody();
        return JSON.readTree(body).path("detail").asString();
    }

    /** A token signed with HS256 (a shared secret) instead of the issuer's RSA key. */
    private static String hmacSigned() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                    new JWTClaimsSet.Builder().subject("staff").issuer(TestTokens.ISSUER)
                            .audience(TestTokens.AUDIENCE).claim("roles", List.of("PROVINCE_STAFF"))
                            .expirationTime(new Date(System.currentTimeMillis() + 600_000)).build());
            jwt.sign(new MACSigner("a-shared-secret-of-at-least-256-bits-length!!"));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aValidTokenReachesTheServiceUnchangedWithoutTheClientsIdentityHeaders() {
        String token = TestTokens.reporter("LDLD-HTT");
        WebTestClient.RequestHeadersSpec<?> request = client.get().uri("/api/reports/identity-check")
                .header("Authorization", "Bearer " + token);
        for (String header : IDENTITY_HEADERS) {
            request = request.header(header, "staff");
        }
        request.exchange().expectStatus().isOk().expectBody().jsonPath("$.instance").isEqualTo("report-service");

        Backend.Received received = reports.receivedOn("/api/reports/identity-check").get(0);
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(IDENTITY_HEADERS).allSatisfy(header -> assertThat(received.header(header)).as(header).isNull());
    }

    @Test
    void aUnitsStaffTokenPassesToTheService() {
        String token = TestTokens.unitStaff("LDLD-TB");
        client.get().uri("/api/reports/unit-staff").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.instance").isEqualTo("report-service");

        assertThat(reports.receivedOn("/api/reports/unit-staff").get(0).header("Authorization"))
                .isEqualTo("Bearer " + token);
    }

    @Test
    void aValidTokenWithoutAPlatformRoleGets403Problem() {
        client.get().uri("/api/plans/no-role").header("Authorization", "Bearer " + TestTokens.noRole())
                .header("X-Request-Id", "no-role-1").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403).jsonPath("$.correlationId").isEqualTo("no-role-1");
        assertThat(plans.receivedOn("/api/plans/no-role")).isEmpty();
    }

    @Test
    void theSecurityFiltersUseTheFirewallAndTheBearerReaderWithoutRegularExpressions() {
        Object firewall = ReflectionTestUtils.getField(securityFilters, "firewall");
        assertThat(firewall).isInstanceOf(StrictServerWebExchangeFirewall.class);
        assertThat(ReflectionTestUtils.getField(firewall, "allowedHeaderValues")).asString()
                .contains("SecurityConfiguration");
        client.get().uri("/api/plans/reader").header("Authorization", "bEARER " + TestTokens.staff()).exchange()
                .expectStatus().isOk();
        client.get().uri("/api/plans/reader").header("Authorization", "Bearer " + TestTokens.staff() + " x")
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void openApiHealthInfoAndMetricsNeedNoToken() {
        client.get().uri("/openapi/plan-service").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().value(status ->
                assertThat(status).isNotIn(401, 403));
        client.get().uri("/actuator/info").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void theGatewaysRouteListIsForProvinceStaffOnly() {
        client.get().uri("/actuator/gateway/routes").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/gateway/routes").header("Authorization", "Bearer " + TestTokens.viewer())
                .exchange().expectStatus().isForbidden();
        client.get().uri("/actuator/gateway/routes").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.route_id == 'reports')]").exists();
    }
}
