package vn.ldld.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ldld.web.testing.TestTokens;

/**
 * Budgets per caller, kept in this instance's memory. The budgets here refill once an hour so that a flood is
 * over budget whatever the speed of the machine. The test client stands for a proxy on the loopback address that
 * the gateway is told to trust, so the {@code X-Forwarded-For} it writes names the client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1",
        "gateway.rate-limit.budgets.unit-reporter.rate=1", "gateway.rate-limit.budgets.unit-reporter.burst=5",
        "gateway.rate-limit.budgets.unit-reporter.period=1h",
        "gateway.rate-limit.budgets.anonymous.rate=1", "gateway.rate-limit.budgets.anonymous.burst=5",
        "gateway.rate-limit.budgets.anonymous.period=1h"})
@AutoConfigureWebTestClient
class RateLimitTests {

    static final Backend plans = new Backend("plan-service");
    static final Backend reports = new Backend("report-service");

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        registry.add("gateway.instances.plan-service", plans::url);
        registry.add("gateway.instances.report-service", reports::url);
    }

    @AfterAll
    static void stop() {
        plans.close();
        reports.close();
    }

    @Autowired
    WebTestClient client;

    @Test
    void aUnitFloodingGets429WithRetryAfterWhileAnotherUnitIsStillServed() {
        String flooding = "Bearer " + TestTokens.reporter("CD-CAO-SU");
        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/reports/flood").header("Authorization", flooding).exchange().expectStatus().isOk();
        }
        client.get().uri("/api/reports/flood").header("Authorization", flooding).header("X-Request-Id", "flood-1")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", value -> assertThat(Long.parseLong(value)).isBetween(1L, 3600L))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(429).jsonPath("$.correlationId").isEqualTo("flood-1");
        assertThat(reports.receivedOn("/api/reports/flood")).hasSize(5);

        client.get().uri("/api/reports/other-unit").header("Authorization", "Bearer " + TestTokens.reporter("LDLD-HTT"))
                .exchange().expectStatus().isOk();

        String metrics = client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).containsPattern("gateway_rate_limited_total\\{[^}]*role=\"UNIT_REPORTER\"[^}]*} [1-9]");
    }

    @Test
    void theConsolesFilesAreNotChargedToTheCallersBudget() {
        String reporter = "Bearer " + TestTokens.reporter("CD-TAI-NGUYEN");
        // one page of the console loads twenty and more content-hashed files at once
        for (int i = 0; i < 30; i++) {
            client.get().uri("/assets/chunk-" + i + ".js").header("Authorization", reporter).exchange()
                    .expectStatus().value(status -> assertThat(status).isNotEqualTo(429));
        }
        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/reports/after-the-page").header("Authorization", reporter).exchange()
                    .expectStatus().isOk();
        }
        client.get().uri("/api/reports/after-the-page").header("Authorization", reporter).exchange()
                .expectStatus().isEqualTo(429);
    }

    @Test
    void staffHasTheLargeBudgetOfBulkJobs() {
        String staff = "Bearer " + TestTokens.staff();
        for (int i = 0; i < 30; i++) {
            client.get().uri("/api/plans/bulk").header("Authorization", staff).exchange().expectStatus().isOk();
        }
    }

    @Test
    void anonymousCallersAreLimitedPerClientAddress() {
        for (int i = 0; i < 5; i++) {
            client.get().uri("/openapi/plan-service").header("X-Forwarded-For", "203.0.113.7").exchange()
                    .expectStatus().isOk();
        }
        client.get().uri("/openapi/plan-service").header("X-Forwarded-For", "203.0.113.7").exchange()
                .expectStatus().isEqualTo(429).expectHeader().exists("Retry-After")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/openapi/plan-service").header("X-Forwarded-For", "203.0.113.8").exchange()
                .expectStatus().isOk();
    }

    @Test
    void aFloodOfBadTokensFromOneAddressEndsIn429WhileValidCallersThereAreServed() {
        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/reports/forged").header("X-Forwarded-For", "198.51.100.9")
                    .header("Authorization", "Bearer " + TestTokens.wrongSignature()).exchange()
                    .expectStatus().isUnauthorized();
        }
        client.get().uri("/api/reports/forged").header("X-Forwarded-For", "198.51.100.9")
                .header("Authorization", "Bearer " + TestTokens.wrongSignature()).header("X-Request-Id", "forged-1")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", value -> assertThat(Long.parseLong(value)).isBetween(1L, 3600L))
                .expectBody().jsonPath("$.status").isEqualTo(429).jsonPath("$.correlationId").isEqualTo("forged-1");
        client.get().uri("/api/reports/forged").header("X-Forwarded-For", "198.51.100.9").exchange()
                .expectStatus().isEqualTo(429);
        assertThat(reports.receivedOn("/api/reports/forged")).isEmpty();

        client.get().uri("/api/reports/valid").header("X-Forwarded-For", "198.51.100.9")
                .header("Authorization", "Bearer " + TestTokens.reporter("LDLD-GD")).exchange()
                .expectStatus().isOk();
    }
}
