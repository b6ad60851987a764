package vn.ldld.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ldld.web.testing.RawHttp;
import vn.ldld.web.testing.TestTokens;

/**
 * Requests a client library would not send, written byte for byte on a socket: every one is answered with an RFC 9457
 * problem carrying a correlation id and the security headers, never an empty body, never a 500, and never reaches a
 * service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.rate-limit.budgets.anonymous.rate=100000", "gateway.rate-limit.budgets.anonymous.burst=100000"})
class MalformedRequestTests {

    static final Backend plans = new Backend("plan-service");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options", "X-Frame-Options",
            "Content-Security-Policy", "Referrer-Policy");
    /** What a library says about itself, never what a user should read. */
    static final List<String> LIBRARY_WORDS = List.of("Exception", "authority", "firewall", "potentially malicious",
            "normalized", "Netty", "Spring");

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        registry.add("gateway.instances.plan-service", plans::url);
    }

    @AfterAll
    static void stop() {
        plans.close();
    }

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:5173.evil.example", "http://x:abc", "http://a b", "http://[::1",
            "localhost:5173", "http://user@localhost:5173", "http://localhost:5173/path"})
    void aMalformedOriginIs403Problem(String origin) {
        RawHttp.Answer answer = RawHttp.get(port, "/api/plans", "Origin: " + origin, "X-Request-Id: origin-1");

        assertProblem(answer, 403);
        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
        assertThat(JSON.readTree(answer.body()).path("correlationId").asString()).isEqualTo("origin-1");
        assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("Origin");
    }

    @Test
    void aMalformedOriginIs403ProblemOnAPreflightToo() {
        RawHttp.Answer answer = RawHttp.request(port, "OPTIONS", "/api/plans", "Origin: http://x:abc",
                "Access-Control-Request-Method: POST");

        assertProblem(answer, 403);
        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/plans%2Fx", "/api/plans;x=1", "//api/plans", "/api/plans%00", "/api/plans\\x",
            "/api/plans/%2e%2e/units", "/api/plans/%252F"})
    void aPathWithForbiddenCharactersIs400Problem(String path) {
        RawHttp.Answer answer = RawHttp.get(port, path, "Authorization: Bearer " + TestTokens.staff());

        assertProblem(answer, 400);
        assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("path");
        assertThat(plans.received).isEmpty();
    }

    @Test
    void aControlCharacterInAHeaderTheGatewayReadsIs400Problem() {
        RawHttp.Answer answer = RawHttp.get(port, "/api/plans", "Authorization: Bearer " + TestTokens.staff()
                + "\u0085");

        assertProblem(answer, 400);
        assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("header");
        assertThat(plans.received).isEmpty();
    }

    @Test
    void traceIs405ProblemWithTheMethodsTheApiTakes() {
        RawHttp.Answer answer = RawHttp.request(port, "TRACE", "/api/plans", "X-Request-Id: trace-1");

        assertProblem(answer, 405);
        assertThat(JSON.readTree(answer.body()).path("correlationId").asString()).isEqualTo("trace-1");
        assertThat(answer.header("Allow")).contains("GET", "POST", "PUT");
        assertThat(plans.received).isEmpty();
    }

    @Test
    void headersOverTheLimitAre431Problem() {
        RawHttp.Answer answer = RawHttp.get(port, "/api/plans", "X-Padding: " + "a".repeat(20_000));

        assertProblem(answer, 431);
        assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("header");
    }

    @Test
    void anAddressOverTheLimitIs414Problem() {
        RawHttp.Answer answer = RawHttp.get(port, "/api/plans?q=" + "a".repeat(20_000));

        assertProblem(answer, 414);
        assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("address");
    }

    @Test
    void aRequestLineThatIsNotHttpIs400Problem() {
        RawHttp.Answer answer = RawHttp.send(port, "GET /api/plans HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n"
                + "Connection: close\r\n\r\n");

        assertProblem(answer, 400);
    }

    @Test
    void aHeadRequestRefusedByThePathRulesGetsTheHeadersButNoBody() {
        RawHttp.Answer answer = RawHttp.request(port, "HEAD", "/api/plans%00");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).isEmpty();
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("correlationId").asString()).isNotBlank();
        assertThat(answer.header("X-Request-Id")).isEqualTo(problem.path("correlationId").asString());
        for (String name : SECURITY_HEADERS) {
            assertThat(answer.headers(name)).as(name).hasSize(1);
        }
        assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(LIBRARY_WORDS).allSatisfy(word -> assertThat(problem.path("detail").asString()).doesNotContain(word));
    }
}
