package vn.ldld.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ldld.analytics.Events.PLAN_ID;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.testing.TestMongo;
import vn.ldld.messaging.testing.TestTopic;

/**
 * Two instances of the service in one consumer group, on an embedded broker and the in-memory MongoDB-wire
 * server: the scenario's events (each sent twice) give the exact numbers over HTTP, bad requests are problems
 * naming the field, and a rebuild gives the same numbers again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.structured.format.console=", "analytics.rebuild.check-interval=300ms",
        "analytics.metrics.refresh=300ms", "logging.level.kafka=warn", "logging.level.org.apache.kafka=warn",
        "logging.level.state.change.logger=warn", "logging.level.org.mongodb.driver=warn"})
@EmbeddedKafka(partitions = 3, topics = {"plan-events", "report-events", "notification-events", "plan-events-dlt",
        "report-events-dlt", "notification-events-dlt"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsServiceTests {

    private static final String DATABASE = "analytics-service-tests";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uri(DATABASE));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    private ConfigurableApplicationContext second;

    @BeforeAll
    void startASecondInstanceAndSendTheScenarioTwice() throws Exception {
        second = new SpringApplicationBuilder(AnalyticsServiceApplication.class).run(
                "--server.port=0", "--spring.mongodb.uri=" + TestMongo.uri(DATABASE),
                "--spring.kafka.bootstrap-servers=" + System.getProperty("spring.embedded.kafka.brokers"),
                "--logging.structured.format.console=", "--analytics.rebuild.check-interval=300ms",
                "--logging.level.org.apache.kafka=warn", "--logging.level.org.mongodb.driver=warn");
        KafkaListenerEndpointRegistry secondListeners = second.getBean(KafkaListenerEndpointRegistry.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> !assigned(listeners).isEmpty()
                && !assigned(secondListeners).isEmpty()
                && assigned(listeners).size() + assigned(secondListeners).size() == 9);
        List<InboundEvent> scenario = Scenario.events();
        List<InboundEvent> events = new ArrayList<>(scenario);
        events.addAll(scenario.stream().map(Events::again).toList());
        for (InboundEvent event : events) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
            event.metadata().writeTo(record.headers());
            kafka.send(record).get();
        }
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void bothInstancesTogetherGiveTheExactNumbers() {
        JsonNode summary = awaitScenarioApplied();

        assertThat(summary.get("expected").asInt()).isEqualTo(11);
        assertThat(summary.get("submitted").asInt()).isEqualTo(4);
        assertThat(summary.get("onTime").asInt()).isEqualTo(2);
        assertThat(summary.get("late").asInt()).isEqualTo(2);
        assertThat(summary.get("missing").asInt()).isEqualTo(7);
        assertThat(summary.get("overdue").asInt()).isEqualTo(1);
        assertThat(summary.get("completenessRate").decimalValue()).isEqualByComparingTo("36.36");
        assertThat(summary.get("maxLatenessSeconds").asLong()).isEqualTo(115200);
        JsonNode phase = get("/api/analytics/plans/" + PLAN_ID + "/phases/1").json();
        JsonNode sessions = phase.get("totals").get(0);
        assertThat(sessions.get("code").asString()).isEqualTo("PROPAGANDA_SESSIONS");
        assertThat(sessions.get("label").asString()).isEqualTo("Số buổi tuyên truyền");
        assertThat(sessions.get("sum").decimalValue()).isEqualByComparingTo("17");
        assertThat(phase.get("rollups").get(0).get("unitCode").asString()).isEqualTo("LDLD-TN");

        JsonNode overdue = get("/api/analytics/plans/" + PLAN_ID + "/phases/1/units?status=OVERDUE").json();
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("code").asString()).isEqualTo("LDLD-BC");
        assertThat(get("/api/analytics/plans/" + PLAN_ID + "/phases/1/units?parent=LDLD-TN").json()).hasSize(11);
        JsonNode timeline = get("/api/analytics/plans/" + PLAN_ID + "/phases/1/timeline?interval=DAY").json();
        assertThat(timeline.get("points")).hasSize(3);
        assertThat(timeline.get("points").get(0).get("start").asString()).isEqualTo("2023-07-24T00:00:00+07:00");
        JsonNode plan = get("/api/analytics/plans/" + PLAN_ID).json();
        assertThat(plan.get("phases")).hasSize(1);
        assertThat(plan.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void gaugesShowTheActivePhaseAndTheDashboardUsesOnlyExistingMetrics() throws IOException {
        awaitScenarioApplied();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(get("/actuator/prometheus").body())
                .contains("analytics_phase_expected{application=\"analytics-service\",phase=\"1\",plan=\""
                        + PLAN_ID + "\",plan_number=\"15/KH-LĐLĐ\"} 11.0")
                .contains("analytics_phase_completeness_ratio{application=\"analytics-service\",phase=\"1\",plan=\""
                        + PLAN_ID + "\",plan_number=\"15/KH-LĐLĐ\"} 0.3636"));
        String scrape = get("/actuator/prometheus").body();
        assertThat(scrape).contains("analytics_event_lag_seconds_count");
        Matcher names = Pattern.compile("analytics_[a-z_]+").matcher(
                Files.readString(Path.of("src/main/dashboards/grafana/campaign-reporting.json")));
        List<String> dashboardMetrics = names.results().map(MatchResult::group).distinct().toList();
        assertThat(dashboardMetrics).hasSizeGreaterThan(8);
        assertThat(dashboardMetrics).allSatisfy(metric -> assertThat(scrape).contains(metric + "{"));
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        awaitScenarioApplied();

        Reply status = get("/api/analytics/plans/" + PLAN_ID + "/phases/1/units?status=LATE");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.contentType()).startsWith("application/problem+json");
        assertThat(status.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        Reply phase = get("/api/analytics/plans/" + PLAN_ID + "/phases/one");
        assertThat(phase.status()).isEqualTo(400);
        assertThat(phase.json().get("errors").get(0).get("field").asString()).isEqualTo("n");
        Reply interval = get("/api/analytics/plans/" + PLAN_ID + "/phases/1/timeline?interval=WEEK");
        assertThat(interval.status()).isEqualTo(400);
        assertThat(interval.json().get("errors").get(0).get("field").asString()).isEqualTo("interval");
        Reply unknownPlan = get("/api/analytics/plans/00000000-0000-0000-0000-000000000000");
        assertThat(unknownPlan.status()).isEqualTo(404);
        assertThat(unknownPlan.json().get("errors").get(0).get("field").asString()).isEqualTo("planId");
        Reply unknownPhase = get("/api/analytics/plans/" + PLAN_ID + "/phases/2");
        assertThat(unknownPhase.status()).isEqualTo(404);
        assertThat(unknownPhase.json().get("errors").get(0).get("field").asString()).isEqualTo("n");
    }

    @Test
    void aRebuildReplaysEverythingToTheSameNumbers() {
        awaitScenarioApplied();
        String before = get("/api/analytics/plans/" + PLAN_ID).body();
        String unitsBefore = get("/api/analytics/plans/" + PLAN_ID + "/phases/1/units").body();

        Reply rebuild = call("POST", "/api/analytics/rebuild");

        assertThat(rebuild.status()).isEqualTo(202);
        assertThat(rebuild.json().get("plansRemoved").asLong()).isEqualTo(1);
        assertThat(rebuild.json().get("reportsRemoved").asLong()).isEqualTo(4);
        assertThat(rebuild.json().get("noticesRemoved").asLong()).isEqualTo(4);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(get("/api/analytics/plans/" + PLAN_ID).body()).isEqualTo(before);
            assertThat(get("/api/analytics/plans/" + PLAN_ID + "/phases/1/units").body()).isEqualTo(unitsBefore);
        });
    }

    @Test
    void theExportsDownloadWithTheirMediaTypes() throws IOException {
        awaitScenarioApplied();
        String phase = "/api/analytics/plans/" + PLAN_ID + "/phases/1";

        HttpResponse<byte[]> xlsx = download(phase + "/export.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheet("Tổng hợp").getRow(4).getCell(1).getNumericCellValue()).isEqualTo(11);
        }
        HttpResponse<byte[]> csv = download(phase + "/export.csv");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("tong-hop-dot-1.csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFSTT,Mã đơn vị,");
        HttpResponse<byte[]> docx = download(phase + "/consolidated.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("BÁO CÁO");
        }
        Reply unknown = get("/api/analytics/plans/" + PLAN_ID + "/phases/3/export.xlsx");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anEventThatCannotBeReadGoesToTheDeadLetterTopic() throws Exception {
        String key = UUID.randomUUID().toString();
        ProducerRecord<String, String> record = new ProducerRecord<>("report-events", key, "{\"reportId\":\"" + key
                + "\"}");
        new EventMetadata(UUID.randomUUID().toString(), "vn.ldld.report.submitted.v1", "/test", key,
                Instant.parse("2023-07-24T08:15:30Z"), null).writeTo(record.headers());
        kafka.send(record).get();

        try (TestTopic deadLetters = new TestTopic(System.getProperty("spring.embedded.kafka.brokers"),
                "report-events-dlt")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> !deadLetters.pollByKey(key).isEmpty());
            assertThat(TestTopic.header(deadLetters.pollByKey(key).get(0), "kafka_dlt-exception-message"))
                    .contains("lacks one of");
        }
    }

    private HttpResponse<byte[]> download(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode awaitScenarioApplied() {
        String path = "/api/analytics/plans/" + PLAN_ID + "/phases/1";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Reply reply = get(path);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode summary = reply.json().get("summary");
            assertThat(List.of(summary.get("expected").asInt(), summary.get("submitted").asInt(),
                    summary.get("accepted").asInt(), summary.get("overdue").asInt(),
                    summary.get("remindersSent").asInt(), summary.get("awaitingReview").asInt(),
                    reply.json().get("totals").get(0).get("sum").asInt())).as(reply.body())
                    .containsExactly(11, 4, 1, 1, 1, 3, 17);
        });
        return get(path).json().get("summary");
    }

    private static Set<TopicPartition> assigned(KafkaListenerEndpointRegistry registry) {
        var container = registry.getListenerContainer("analytics-events");
        return container == null || container.getAssignedPartitions() == null ? Set.of()
                : Set.copyOf(container.getAssignedPartitions());
    }

    private Reply get(String path) {
        return call("GET", path);
    }

    private Reply call(String method, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + path)).timeout(Duration.ofSeconds(20)).method(method, HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            return Events.JSON.readTree(body);
        }
    }
}
