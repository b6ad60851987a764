package vn.ldld.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.platform.KafkaUsers;
import vn.ldld.platform.LocalPlatform;
import vn.ldld.platform.PlatformConfig;

/**
 * The whole platform as users run it ({@link PlatformUnderTest}). An event produced through plan-service's outbox reaches every consumer through Kafka,
 * each signed in as its own Kafka user, and the outside provincial system, with its CloudEvents headers and the
 * correlation id of the request that caused it.
 */
class EventFlowTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> CONSUMERS = List.of("report-service", "notification-service", "analytics-service");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static LocalPlatform platform;
    static PlatformConfig config;
    static String gateway;
    static String staffToken;

    @BeforeAll
    static void up() {
        PlatformUnderTest running = PlatformUnderTest.get();
        platform = running.platform;
        config = running.config;
        gateway = running.gateway;
        staffToken = running.tokens.of("staff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/units", "/api/reports", "/api/notifications", "/api/analytics"})
    void eachApiPrefixIsAnsweredByItsServiceNotByTheGateway(String path) {
        HttpResponse<String> answer = get(path);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/"));
        JsonNode body = JSON.readTree(answer.body());
        if (answer.statusCode() >= 400) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(body.path("detail").asString()).isNotEqualTo("No API is served at this path.");
        }
        assertThat(answer.headers().allValues("X-Request-Id")).hasSize(1);
    }

    @Test
    void plansAreServedByPlanServiceThroughTheGateway() {
        HttpResponse<String> answer = get("/api/plans");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).has("content")).isTrue();
    }

    @Test
    void aPublishedPlanReachesEveryConsumerWithItsHeadersAndCorrelationId() throws Exception {
        String requestId = "e2e-" + UUID.randomUUID();
        String planId = publishDemoPlan(requestId);

        ConsumerRecord<String, String> record = readPlanPublished(planId);
        String eventId = header(record, "ce_id");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("vn.ldld.plan.published.v2");
        assertThat(header(record, "ce_source")).isEqualTo("/plan-service");
        assertThat(header(record, "ce_subject")).isEqualTo(planId);
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "ce_correlationid")).isEqualTo(requestId);
        new EventContracts().validate("plan-published.v2", record.value());
        assertThat(JSON.readTree(record.value()).path("plan").path("title").asString())
                .isEqualTo("phối hợp tham gia làm công tác dân vận đợt I/2023");

        try (MongoClient mongo = MongoClients.create(config.mongoUri())) {
            for (String consumer : CONSUMERS) {
                String database = consumer.replace("-service", "");
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    // the inbox key is "<consumer name>/<ce_id>"; a service may name a consumer per topic
                    Document processed = mongo.getDatabase(database).getCollection("processed_events")
                            .find(new Document("_id", new Document("$regex",
                                    "^" + consumer + "(/[a-z-]+)?/" + eventId + "$"))).first();
                    assertThat(processed).as("%s applied %s", consumer, eventId).isNotNull();
                    assertThat(processed.getString("state")).isEqualTo("DONE");
                });
            }
        }
        for (String consumer : CONSUMERS) {
            assertThat(logLinesOf(consumer))
                    .as("a log line of %s with the event id and the request's correlation id", consumer)
                    .anySatisfy(line -> {
                        assertThat(line.path("eventId").asString()).isEqualTo(eventId);
                        assertThat(line.path("correlationId").asString()).isEqualTo(requestId);
                        assertThat(line.path("eventType").asString()).isEqualTo("vn.ldld.plan.published.v2");
                    });
        }
        assertThat(logLinesOf("plan-service")).anySatisfy(line -> {
            assertThat(line.path("correlationId").asString()).isEqualTo(requestId);
            assertThat(line.path("planId").asString()).isEqualTo(planId);
            assertThat(line.path("eventIds").toString()).contains(eventId);
        });
    }

    private String publishDemoPlan(String requestId) throws IOException, InterruptedException {
        ObjectNode draft = (ObjectNode) JSON.readTree(new EventContracts().example("plan-published")).get("plan");
        for (String assigned : List.of("planId", "version", "number", "sequence", "year", "issuedOn")) {
            draft.remove(assigned);
        }
        draft.get("phases").forEach(phase -> ((ObjectNode) phase).remove("timeZone"));

        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/plans"))
                .header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .header("Authorization", "Bearer " + staffToken)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(draft))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String planId = JSON.readTree(created.body()).path("id").asString();
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> published = HTTP.send(HttpRequest.newBuilder(
                        URI.create(gateway + "/api/plans/" + planId + "/publish"))
                .header("If-Match", etag).header("X-Request-Id", requestId)
                .header("Authorization", "Bearer " + staffToken)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return planId;
    }

    private static ConsumerRecord<String, String> readPlanPublished(String planId) {
        // read as the outside provincial system would: its own Kafka user, a consumer group of its own prefix
        Map<String, Object> hub = new HashMap<>(platform.kafkaClientConfig(KafkaUsers.PROVINCIAL_HUB));
        hub.put(ConsumerConfig.GROUP_ID_CONFIG, "provincial-hub.e2e-" + UUID.randomUUID());
        hub.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        hub.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        hub.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(hub)) {
            consumer.subscribe(List.of("plan-events"));
            List<ConsumerRecord<String, String>> seen = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(seen::add);
                return seen.stream().anyMatch(r -> planId.equals(r.key()));
            });
            return seen.stream().filter(r -> planId.equals(r.key())).findFirst().orElseThrow();
        }
    }

    private static List<JsonNode> logLinesOf(String service) {
        try {
            return Files.readAllLines(platform.logFile(service), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("{"))
                    .map(line -> (JsonNode) JSON.readTree(line))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path))
                            .header("Authorization", "Bearer " + staffToken).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
