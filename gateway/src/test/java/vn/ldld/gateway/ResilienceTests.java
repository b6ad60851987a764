package vn.ldld.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import java.util.List;

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

/** Time limits, retries of safe calls and circuit breakers of the routes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.resilience.default-timeout=500ms", "gateway.resilience.sliding-window=3",
        "gateway.resilience.minimum-calls=3", "gateway.resilience.wait-in-open=10m",
        "gateway.resilience.timeouts.analytics-exports=60s"})
@AutoConfigureWebTestClient
class ResilienceTests {

    static final Backend plans = new Backend("plan-service");
    static final Backend reportsUp = new Backend("report-service-up");
    static final Backend analytics = new Backend("analytics-service");
    static final String reportsDown = "http://127.0.0.1:" + Ports.free();
    static final String notificationsDown = "http://127.0.0.1:" + Ports.free();

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        registry.add("gateway.instances.plan-service", plans::url);
        registry.add("gateway.instances.analytics-service", analytics::url);
        registry.add("gateway.instances.report-service", () -> reportsDown + "," + reportsUp.url());
        registry.add("gateway.instances.notification-service", () -> notificationsDown);
    }

    static final ExecutorService pool = Executors.newFixedThreadPool(Backend.HELD);

    @AfterAll
    static void stop() {
        pool.shutdownNow();
        plans.close();
        analytics.close();
        reportsUp.close();
    }

    @Autowired
    WebTestClient anonymous;

    WebTestClient client;

    @BeforeEach
    void signIn() {
        client = anonymous.mutate().defaultHeader("Authorization", "Bearer " + TestTokens.staff()).build();
    }

    @Test
    void manyConcurrentCallsToOneServiceAreAllPassedOnNotCappedByABulkhead() {
        // the export route: its time limit (60 s here) leaves room for all calls to arrive on a loaded machine
        String path = "/api/analytics/plans/held/phases/1/export.csv";
        List<CompletableFuture<Integer>> calls = IntStream.range(0, Backend.HELD)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> client.get().uri(path)
                        .exchange().returnResult(String.class).getStatus().value(), pool))
                .toList();

        assertThat(calls.stream().map(CompletableFuture::join).toList()).containsOnly(200);
        assertThat(analytics.receivedOn(path)).hasSize(Backend.HELD);
    }

    @Test
    void answersProblemJson504WhenTheServiceDoesNotAnswerWithinTheRoutesTimeLimit() {
        client.get().uri("/api/plans/slow").header("X-Request-Id", "slow-1").exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(504).jsonPath("$.correlationId").isEqualTo("slow-1");
        assertThat(plans.receivedOn("/api/plans/slow")).as("a time-out is not retried").hasSize(1);
    }

    @Test
    void retriesASafeCallOnAnotherInstanceWhenAConnectionIsRefused() {
        for (int i = 0; i < 4; i++) {
            client.get().uri("/api/reports/retry-" + i).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.instance").isEqualTo("report-service-up");
        }
    }

    @Test
    void retriesASafeCallAnsweredWith503() {
        client.get().uri("/api/plans/status-503/get").exchange().expectStatus().isEqualTo(503);
        assertThat(plans.receivedOn("/api/plans/status-503/get")).hasSize(3);
    }

    @Test
    void neverRetriesAPostOrAPut() {
        client.post().uri("/api/plans/status-503/post").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isEqualTo(503);
        client.put().uri("/api/plans/status-502/put").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isEqualTo(502);
        assertThat(plans.receivedOn("/api/plans/status-503/post")).hasSize(1);
        assertThat(plans.receivedOn("/api/plans/status-502/put")).hasSize(1);
    }

    @Test
    void doesNotRetryAServerErrorOtherThan502Or503() {
        client.get().uri("/api/plans/status-500/get").exchange().expectStatus().isEqualTo(500);
        assertThat(plans.receivedOn("/api/plans/status-500/get")).hasSize(1);
    }

    @Test
    void opensTheCircuitOfAFailingServiceAndAnswersProblemJson503() {
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/notifications/down-" + i).exchange().expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("not reachable"));
        }
        client.get().uri("/api/notifications/open").header("X-Request-Id", "open-1").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("short rest"))
                .jsonPath("$.correlationId").isEqualTo("open-1");
        assertThat(List.of(plans, reportsUp)).allSatisfy(b -> assertThat(b.receivedOn("/api/notifications/open")).isEmpty());
    }
}
