package vn.ldld.report;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.testing.TestMongo;
import vn.ldld.report.plan.PlanView;
import vn.ldld.report.plan.PlanViews;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestClock;
import vn.ldld.web.testing.TestTokens;

/**
 * The real service on a random port, against an in-memory MongoDB-wire server and an embedded Kafka broker, with a
 * clock the tests set. All API test classes extend it so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.structured.format.console=",
        "logging.level.kafka=warn",
        "logging.level.org.apache.kafka=warn",
        "logging.level.state.change.logger=warn",
        "logging.level.org.mongodb.driver=warn",
        "logging.level.de.bwaldvogel=warn",
        "messaging.retry.initial-interval=50ms",
        "messaging.retry.max-attempts=2"})
@EmbeddedKafka(topics = {"plan-events", "plan-events-dlt", "report-events"}, partitions = 3)
@Import(ReportTestSupport.TestClockConfiguration.class)
public abstract class ReportTestSupport {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static KafkaProducer<String, String> producer;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uri("report-api-tests"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        TestTokens.register(registry);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClockConfiguration {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock("2023-07-24T08:15:30Z");
        }
    }

    @LocalServerPort
    protected int port;

    @Value("${spring.embedded.kafka.brokers}")
    protected String brokers;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected PlanViews planViews;

    @BeforeEach
    void beforeTheDeadline() {
        clock.set(Instant.parse("2023-07-24T08:15:30Z"));
    }

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    /** Sends a plan event to {@code plan-events} as plan-service would; returns its ce_id. */
    protected String sendPlanEvent(String type, JsonNode event) {
        return sendPlanEvent(UUID.randomUUID().toString(), type, event);
    }

    protected String sendPlanEvent(String eventId, String type, JsonNode event) {
        String planId = event.get("planId").asString();
        ProducerRecord<String, String> record = new ProducerRecord<>("plan-events", planId,
                SamplePlans.JSON.writeValueAsString(event));
        new EventMetadata(eventId, type, "/plan-service", planId, Instant.now(), "test-" + eventId)
                .writeTo(record.headers());
        producer().send(record);
        producer().flush();
        return eventId;
    }

    /** Publishes {@code event} (a PlanPublished) and waits until the plan view has it. */
    protected void publish(JsonNode event) {
        sendPlanEvent("vn.ldld.plan.published.v1", event);
        awaitView(event.get("planId").asString(), v -> v.version() >= event.get("version").asLong());
    }

    protected PlanView awaitView(String planId, Predicate<PlanView> condition) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> planViews.find(planId).orElse(null),
                v -> v != null && condition.test(v));
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        }
        return producer;
    }

    /**
     * Sends {@code method path} with a JSON body (or none) and header name/value pairs, as province staff
     * ({@code Authorization: Bearer} + {@link TestTokens#staff()}) unless the headers carry an Authorization.
     */
    protected Reply call(String method, String path, Object body, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Authorization")) {
                return send(method, path, body, headers);
            }
        }
        return send(method, path, body, concat(headers, "Authorization", "Bearer " + TestTokens.staff()));
    }

    /** Sends {@code method path} with {@code token} as bearer token, or with no Authorization when it is null. */
    protected Reply callAs(String token, String method, String path, Object body, String... headers) {
        return token == null ? send(method, path, body, headers)
                : call(method, path, body, concat(headers, "Authorization", "Bearer " + token));
    }

    private static String[] concat(String[] headers, String name, String value) {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = name;
        all[headers.length + 1] = value;
        return all;
    }

    /** Sends exactly the given headers. */
    private Reply send(String method, String path, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
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
        return call("POST", path, body, headers);
    }

    protected Reply put(String path, Object body, String... headers) {
        return call("PUT", path, body, headers);
    }

    protected Reply get(String path, String... headers) {
        return call("GET", path, null, headers);
    }
}
