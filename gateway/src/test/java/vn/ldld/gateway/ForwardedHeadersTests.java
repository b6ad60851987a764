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

/**
 * With the default settings no proxy is trusted: what a client writes in {@code X-Forwarded-*}, {@code Forwarded} or
 * {@code Host} neither changes who it is for the rate limits nor what the services are told about where the caller
 * came in; the services are told the configured public address. The anonymous budget here refills once an hour.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.public-url=https://bao-cao.ldld.example", "gateway.rate-limit.budgets.anonymous.rate=1",
        "gateway.rate-limit.budgets.anonymous.burst=5", "gateway.rate-limit.budgets.anonymous.period=1h"})
@AutoConfigureWebTestClient
class ForwardedHeadersTests {

    static final Backend plans = new Backend("plan-service");

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

    @Test
    void aRotatingForwardedForFromAnUntrustedPeerDoesNotEscapeTheAnonymousBudget() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(client.get().uri("/api/plans/rotating")
                    .header("X-Forwarded-For", "198.51.100." + (i + 1))
                    .header("Forwarded", "for=203.0.113." + (i + 1))
                    .header("Authorization", "Bearer " + TestTokens.wrongSignature())
                    .exchange().returnResult(String.class).getStatus().value());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 12)).containsOnly(429);
        assertThat(plans.receivedOn("/api/plans/rotating")).isEmpty();
    }

    @Test
    void theServicesAreToldTheConfiguredPublicAddressNeverTheClientsHeaders() {
        client.get().uri("/api/plans/forwarded").header("Authorization", "Bearer " + TestTokens.staff())
                .header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http").header("X-Forwarded-Port", "8443")
                .header("X-Forwarded-Prefix", "/evil").header("X-Forwarded-For", "10.9.8.7")
                .header("Forwarded", "for=10.9.8.7;host=evil.example;proto=http")
                .exchange().expectStatus().isOk();

        Backend.Received received = plans.receivedOn("/api/plans/forwarded").get(0);
        assertThat(received.headers().keySet().stream().filter(name -> name.equalsIgnoreCase("X-Forwarded-Host")))
                .hasSize(1);
        assertThat(received.header("X-Forwarded-Host")).isEqualTo("bao-cao.ldld.example");
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(received.header("X-Forwarded-Port")).isEqualTo("443");
        assertThat(received.header("X-Forwarded-Prefix")).isNull();
        assertThat(received.header("X-Forwarded-For")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(received.header("Forwarded")).isNull();
        assertThat(received.header("Host")).doesNotContain("evil.example");
    }
}
