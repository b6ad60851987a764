package vn.ldld.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ldld.web.testing.TestTokens;

/**
 * Body size, CORS and security headers at the edge, and the gateway's own 404 and 405. The test client stands for a
 * TLS-terminating proxy on the loopback address that the gateway is told to trust.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1", "gateway.max-body-size=1024",
        "gateway.cors.allowed-origins=https://ldld.example,http://localhost:5173"})
@AutoConfigureWebTestClient
class EdgeTests {

    static final Backend plans = new Backend("plan-service");
    static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options", "X-Frame-Options",
            "Content-Security-Policy", "Referrer-Policy");

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        registry.add("gateway.instances.plan-service", plans::url);
    }

    @AfterAll
    static void stop() {
        plans.close();
    }

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @Test
    void refusesADeclaredBodyOverTheLimitWith413ProblemBeforeRouting() {
        client.post().uri("/api/plans/too-big").header("Authorization", "Bearer " + TestTokens.staff())
                .header("X-Request-Id", "too-big-1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\":\"" + "a".repeat(2000) + "\"}").exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413).jsonPath("$.correlationId").isEqualTo("too-big-1");
        assertThat(plans.receivedOn("/api/plans/too-big")).isEmpty();
    }

    @Test
    void refusesALargeUploadWithAnAnswerTheClientReadsEveryTime() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/plans/upload"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestTokens.staff())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"x\":\"" + "x".repeat(400_000) + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).contains("\"status\":413");
        }
        assertThat(plans.receivedOn("/api/plans/upload")).isEmpty();
    }

    @Test
    void letsABodyWithinTheLimitThrough() {
        client.post().uri("/api/plans/small").header("Authorization", "Bearer " + TestTokens.staff())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"Kế hoạch tháng Công nhân\"}")
                .exchange().expectStatus().isOk();
        assertThat(plans.receivedOn("/api/plans/small")).hasSize(1);
    }

    @Test
    void answersAPreflightFromAConfiguredOriginWithoutAToken() {
        client.options().uri("/api/plans").header("Origin", "https://ldld.example")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "Authorization, If-Match, Content-Type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://ldld.example")
                .expectHeader().value("Access-Control-Allow-Methods", methods -> assertThat(methods).contains("PUT"))
                .expectHeader().value("Access-Control-Allow-Headers", headers ->
                        assertThat(headers.toLowerCase()).contains("authorization", "if-match", "content-type"));
    }

    @Test
    void refusesAPreflightFromAnotherOriginWith403ProblemAndNoAllowOrigin() {
        client.options().uri("/api/plans").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").header("X-Request-Id", "cors-evil-1")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403).jsonPath("$.correlationId").isEqualTo("cors-evil-1");
    }

    @Test
    void refusesAPreflightForAMethodOutsideTheList() {
        client.options().uri("/api/plans").header("Origin", "https://ldld.example")
                .header("Access-Control-Request-Method", "DELETE").exchange()
                .expectStatus().isForbidden().expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void exposesTheHeadersABrowserClientNeedsOnAnAllowedCall() {
        client.get().uri("/api/plans/cors").header("Origin", "https://ldld.example")
                .header("Authorization", "Bearer " + TestTokens.staff()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://ldld.example")
                .expectHeader().value("Access-Control-Expose-Headers", exposed -> assertThat(exposed)
                        .contains("ETag", "Location", "X-Request-Id", "Retry-After"));
    }

    @Test
    void proxiedAnswersCarryEachSecurityHeaderOnceWithTheGatewaysValue() {
        HttpHeaders headers = client.get().uri("/api/plans/headers")
                .header("Authorization", "Bearer " + TestTokens.staff()).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders();
        assertSecurityHeaders(headers);
        assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.get("Cache-Control")).containsExactly("no-store");
        assertThat(headers.get("Strict-Transport-Security")).isNull();
    }

    @Test
    void errorAnswersCarryTheSecurityHeadersToo() {
        assertSecurityHeaders(client.get().uri("/api/plans/x").exchange().expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders());
        assertSecurityHeaders(client.get().uri("/nothing-here").exchange().expectStatus().isNotFound()
                .returnResult(String.class).getResponseHeaders());
    }

    @Test
    void tellsBrowsersToUseHttpsOnlyWhenTheRequestCameOverHttps() {
        HttpHeaders headers = client.get().uri("/api/plans/hsts").header("X-Forwarded-Proto", "https")
                .header("Authorization", "Bearer " + TestTokens.staff()).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders();
        assertThat(headers.get("Strict-Transport-Security")).singleElement().asString().startsWith("max-age=");
    }

    @Test
    void aTrustedProxysForwardedForNamesTheClientToTheService() {
        client.get().uri("/api/plans/behind-proxy").header("Authorization", "Bearer " + TestTokens.staff())
                .header("X-Forwarded-For", "203.0.113.50, 198.51.100.2").exchange().expectStatus().isOk();
        assertThat(plans.receivedOn("/api/plans/behind-proxy").get(0).header("X-Forwarded-For"))
                .isEqualTo("198.51.100.2");
    }

    @Test
    void answersProblemJson404ForAPathNoRouteServes() {
        client.get().uri("/api/nothing-here").header("Authorization", "Bearer " + TestTokens.staff())
                .header("X-Request-Id", "nothing-1").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404).jsonPath("$.correlationId").isEqualTo("nothing-1");
    }

    @Test
    void answersProblemJson405ForAMethodAPathDoesNotTake() {
        client.post().uri("/actuator/health").header("X-Request-Id", "method-1").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(405).jsonPath("$.correlationId").isEqualTo("method-1");
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        for (String name : SECURITY_HEADERS) {
            assertThat(headers.get(name)).as(name).hasSize(1);
        }
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    }
}
