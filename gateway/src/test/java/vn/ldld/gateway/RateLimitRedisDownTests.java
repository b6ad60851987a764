package vn.ldld.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ldld.web.testing.TestTokens;

/** With the shared store unreachable, each instance still limits on its own and never fails a request for it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.rate-limit.budgets.unit-reporter.rate=1", "gateway.rate-limit.budgets.unit-reporter.burst=5",
        "gateway.rate-limit.budgets.unit-reporter.period=1h"})
@AutoConfigureWebTestClient
class RateLimitRedisDownTests {

    static final Backend reports = new Backend("report-service");

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        registry.add("gateway.instances.report-service", reports::url);
        registry.add("gateway.rate-limit.redis-url", () -> "redis://127.0.0.1:" + Ports.free());
    }

    @AfterAll
    static void stop() {
        reports.close();
    }

    @Autowired
    WebTestClient client;

    @Test
    void fallsBackToTheLocalBucketAndCountsTheStoreErrors() {
        String token = "Bearer " + TestTokens.reporter("CD-DIEN-LUC");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(client.get().uri("/api/reports/redis-down").header("Authorization", token).exchange()
                    .returnResult(String.class).getStatus().value());
        }
        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429, 429, 429);

        String metrics = client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).containsPattern("gateway_rate_limit_store_errors_total\\{[^}]*} [1-9]");
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
