package vn.ldld.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ldld.web.testing.TestTokens;

/** Real HTTP through the real gateway to real HTTP servers standing in for the services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gateway.public-url=https://bao-cao.ldld.example")
@AutoConfigureWebTestClient
class GatewayRoutingTests {

    static final Backend plans = new Backend("plan-service");
    static final Backend reportsA = new Backend("report-service-a");
    static final Backend reportsB = new Backend("report-service-b");
    static final Backend notifications = new Backend("notification-service");
    static final String analyticsDown = "http://127.0.0.1:" + Ports.free();

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        registry.add("gateway.instances.plan-service", plans::url);
        registry.add("gateway.instances.report-service", () -> reportsA.url() + "," + reportsB.url());
        registry.add("gateway.instances.notification-service", notifications::url);
        registry.add("gateway.instances.analytics-service", () -> analyticsDown);
    }

    @AfterAll
    static void stop() {
        plans.close();
        reportsA.close();
        reportsB.close();
        notifications.close();
    }

    @Autowired
    WebTestClient anonymous;

    /** Every API call needs a token: these tests call as province staff. */
    WebTestClient client;

    @BeforeEach
    void signIn() {
        client = anonymous.mutate().defaultHeader("Authorization", "Bearer " + TestTokens.staff()).build();
    }

    @Test
    void routesEachApiPrefixToItsService() {
        client.get().uri("/api/plans/42").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.instance").isEqualTo("plan-service");
        client.get().uri("/api/units?kind=DISTRICT_FEDERATION").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.instance").isEqualTo("plan-service");
        client.get().uri("/api/notifications").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.instance").isEqualTo("notification-service");
        assertThat(plans.received).extracting(Backend.Received::path).contains("/api/plans/42", "/api/units");
    }

    @Test
    void tellsTheServiceTheConfiguredPublicAddressSoItsLinksPointAtTheGateway() {
        client.get().uri("/api/plans/forwarded").header("Host", "reports.ldld.example:8443").exchange()
                .expectStatus().isOk();
        Backend.Received received = plans.receivedOn("/api/plans/forwarded").get(0);
        assertThat(received.forwardedHost()).isEqualTo("bao-cao.ldld.example");
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("https");
    }

    @Test
    void servesEachServicesOpenApiDescriptionAtItsOwnAddress() {
        client.get().uri("/openapi/plan-service").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.instance").isEqualTo("plan-service");
        assertThat(plans.received).extracting(Backend.Received::path).contains("/v3/api-docs");
    }

    @Test
    void passesTheCallersRequestIdToTheServiceAndBack() {
        client.get().uri("/api/plans").header("X-Request-Id", "req-from-client-1").exchange()
                .expectStatus().isOk().expectHeader().valueEquals("X-Request-Id", "req-from-client-1");
        assertThat(plans.received).anySatisfy(r -> assertThat(r.requestId()).isEqualTo("req-from-client-1"));
    }

    @Test
    void answersTheRequestIdOnceEvenWhenTheServiceEchoesIt() {
        java.util.List<String> ids = client.get().uri("/api/plans").header("X-Request-Id", "req-once").exchange()
                .returnResult(String.class).getResponseHeaders().get("X-Request-Id");
        assertThat(ids).containsExactly("req-once");
    }

    @Test
    void createsARequestIdWhenTheCallerSentNone() {
        String id = client.get().uri("/api/notifications/x").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(id).isNotBlank();
        assertThat(notifications.received).anySatisfy(r -> assertThat(r.requestId()).isEqualTo(id));
    }

    @Test
    void replacesAMalformedRequestId() {
        String id = client.get().uri("/api/plans").header("X-Request-Id", "bad id with spaces").exchange()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(id).isNotEqualTo("bad id with spaces").matches("[0-9a-f-]{36}");
    }

    @Test
    void spreadsRequestsOverEveryInstanceOfAService() {
        Set<String> answeredBy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            answeredBy.add(client.get().uri("/api/reports").exchange().expectStatus().isOk()
                    .returnResult(String.class).getResponseBody().blockFirst());
        }
        assertThat(answeredBy).containsExactlyInAnyOrder("{\"instance\":\"report-service-a\"}",
                "{\"instance\":\"report-service-b\"}");
    }

    @Test
    void answersProblemJson503WhenTheServiceIsDown() {
        client.get().uri("/api/analytics/plans/1").header("X-Request-Id", "req-down-1").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.title").isEqualTo("Service Unavailable")
                .jsonPath("$.instance").isEqualTo("/api/analytics/plans/1")
                .jsonPath("$.correlationId").isEqualTo("req-down-1");
    }

    @Test
    void answersProblemJson404ForAPathNoRouteServes() {
        client.get().uri("/api/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404).jsonPath("$.correlationId").isNotEmpty();
    }

    @Test
    void exposesHealthAndPrometheusMetricsTaggedWithTheApplication() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/api/plans").exchange().expectStatus().isOk();
        String metrics = client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody().collectList().block().toString();
        assertThat(metrics).contains("application=\"gateway\"");
    }
}
