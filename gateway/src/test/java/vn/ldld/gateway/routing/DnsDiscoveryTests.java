package vn.ldld.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ldld.gateway.Backend;
import vn.ldld.gateway.Ports;
import vn.ldld.web.testing.TestTokens;

/**
 * {@code gateway.discovery=dns} through the JVM's real resolver: the test JVM reads host names from a hosts file of
 * its own ({@code jdk.net.hosts.file}, no answer cache, see the pom), where {@code report-service.test} has one
 * line per instance, as a compose service scaled to N or a headless Service has N A records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.discovery=dns", "spring.cloud.loadbalancer.cache.ttl=200ms"})
@AutoConfigureWebTestClient
class DnsDiscoveryTests {

    static final Path HOSTS = Path.of(System.getProperty("jdk.net.hosts.file"));
    static final int PORT = Ports.free();
    static final Backend first = new Backend("report-service-1", "127.0.0.2", PORT);
    static final Backend second = new Backend("report-service-2", "127.0.0.3", PORT);
    static Backend third;

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        hosts("127.0.0.2", "127.0.0.3");
        registry.add("gateway.instances.report-service", () -> "http://report-service.test:" + PORT);
        registry.add("gateway.instances.plan-service", () -> "http://nowhere.test:" + PORT);
    }

    @AfterAll
    static void stop() {
        hosts();
        first.close();
        second.close();
        if (third != null) {
            third.close();
        }
    }

    /** Called as province staff (every API call needs a token). */
    @Autowired
    WebTestClient client;

    @Test
    void spreadsRequestsOverEveryAddressOfTheNameAndFindsAnInstanceAddedLater() {
        assertThat(answeredBy(8)).containsExactlyInAnyOrder("report-service-1", "report-service-2");

        third = new Backend("report-service-3", "127.0.0.4", PORT);
        hosts("127.0.0.2", "127.0.0.3", "127.0.0.4");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(answeredBy(9)).contains("report-service-3"));

        hosts("127.0.0.4");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(answeredBy(6)).containsExactly("report-service-3"));
    }

    @Test
    void answersProblemJson503WhenTheNameHasNoAddress() {
        client.get().uri("/api/plans").headers(headers -> headers.setBearerAuth(TestTokens.staff())).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(503);
    }

    private Set<String> answeredBy(int requests) {
        Set<String> instances = new HashSet<>();
        for (int i = 0; i < requests; i++) {
            String body = client.get().uri("/api/reports").headers(headers -> headers.setBearerAuth(TestTokens.staff())).exchange().expectStatus().isOk()
                    .returnResult(String.class).getResponseBody().blockFirst();
            instances.add(body.replaceAll(".*\"instance\":\"([^\"]+)\".*", "$1"));
        }
        return instances;
    }

    /** The test JVM's hosts file: localhost, and report-service.test at each given address. */
    private static void hosts(String... reportServiceAddresses) {
        StringBuilder lines = new StringBuilder("127.0.0.1 localhost\n::1 localhost\n");
        for (String address : reportServiceAddresses) {
            lines.append(address).append(" report-service.test\n");
        }
        try {
            Files.writeString(HOSTS, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
