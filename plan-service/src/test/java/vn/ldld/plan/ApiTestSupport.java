package vn.ldld.plan;

import vn.ldld.messaging.testing.TestMongo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import vn.ldld.web.testing.Reply;
import vn.ldld.webhook.testing.TestHostResolver;
import vn.ldld.web.testing.TestTokens;

/**
 * The real service on a random port, against an in-memory MongoDB-wire server and an embedded Kafka broker. All
 * API test classes extend it so they share one application context (and one broker).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.structured.format.console=",
        "messaging.outbox.backlog-refresh=500ms",
        "logging.level.kafka=warn",
        "logging.level.org.apache.kafka=warn",
        "logging.level.state.change.logger=warn",
        "logging.level.org.mongodb.driver=warn"})
@EmbeddedKafka(topics = {"plan-events", "plan-events-dlt"}, partitions = 3)
@Import(TestHostResolver.Configuration.class)
public abstract class ApiTestSupport {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uri("plan-api-tests"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        TestTokens.register(registry);
    }

    /** The Authorization header value of a bearer token. */
    protected static String bearer(String token) {
        return "Bearer " + token;
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @Value("${spring.embedded.kafka.brokers}")
    protected String brokers;

    /**
     * Sends {@code method path} with a JSON body (or none) and optional header name/value pairs; as province staff
     * unless the headers carry their own {@code Authorization} (a null value: no Authorization header at all).
     */
    protected Reply call(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        boolean ownAuthorization = false;
        for (int i = 0; i < headers.length; i += 2) {
            if ("Authorization".equalsIgnoreCase(headers[i])) {
                ownAuthorization = true;
                if (headers[i + 1] == null) {
                    continue;
                }
            }
            request.header(headers[i], headers[i + 1]);
        }
        if (!ownAuthorization) {
            request.header("Authorization", bearer(TestTokens.staff()));
        }
        try {
            return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected Reply post(String path, Object body, String... headers) {
        return call("POST", path, body == null ? null : body.toString(), headers);
    }

    protected Reply put(String path, Object body, String... headers) {
        return call("PUT", path, body.toString(), headers);
    }

    protected Reply get(String path) {
        return call("GET", path, null);
    }

    /** GET as the holder of {@code token} (null: without a token). */
    protected Reply getAs(String token, String path) {
        return call("GET", path, null, "Authorization", token == null ? null : bearer(token));
    }

    /** Creates a draft of the demo plan for {@code issuerCode} (added to the units directory) and returns the reply. */
    protected Reply createDraft(String issuerCode) {
        ensureUnit(issuerCode);
        return post("/api/plans", SamplePlans.draft(issuerCode));
    }

    /** Adds a provincial federation with this code to the units directory, unless it is there already. */
    protected void ensureUnit(String code) {
        if (get("/api/units/" + code).status() == 404) {
            Reply created = post("/api/units", SampleUnits.federation(code));
            if (created.status() != 201 && created.status() != 409) {
                throw new IllegalStateException("Cannot add unit " + code + ": " + created);
            }
        }
    }
}
