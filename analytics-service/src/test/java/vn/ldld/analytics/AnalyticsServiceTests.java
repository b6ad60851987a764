package vn.ldld.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ldld.web.testing.Outcome.FORBIDDEN;
import static vn.ldld.web.testing.Outcome.OK;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.testing.TestMongo;
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.web.testing.ApiDocuments;
import vn.ldld.web.testing.ApiEndpoints;
import vn.ldld.web.testing.Outcome;
import vn.ldld.web.testing.Exposure;
import vn.ldld.web.testing.RawHttp;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;
import vn.ldld.web.testing.TestTokens.BadToken;

/**
 * Two instances of the service in one consumer group, on an embedded broker and the in-memory MongoDB-wire
 * server: the scenario's events (each sent twice) give the exact numbers over HTTP, bad requests are problems
 * naming the field, and a rebuild gives the same numbers again; who may read and rebuild ({@link AccessRules}).
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
        TestTokens.register(registry);
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private ConfigurableApplicationContext second;

    @BeforeAll
    void startASecondInstanceAndSendTheScenarioTwice() throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0", "--management.server.port=0", "--spring.mongodb.uri=" + TestMongo.uri(DATABASE),
                "--spring.kafka.bootstrap-servers=" + System.getProperty("spring.embedded.kafka.brokers"),
                "--logging.structured.format.console=", "--analytics.rebuild.check-interval=300ms",
                "--logging.level.org.apache.kafka=warn", "--logging.level.org.mongodb.driver=warn"));
        TestTokens.properties().forEach(property -> arguments.add("--" + property));
        second = new SpringApplicationBuilder(AnalyticsServiceApplication.class)
                .run(arguments.toArray(String[]::new));
        KafkaListenerEndpointRegistry secondListeners = second.getBean(KafkaListenerEndpointRegistry.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> !assigned(listeners).isEmpty()
                && !assigned(secondListeners).isEmpty()
                && assigned(listeners).size() + assigned(secondListeners).size() == 9);
        List<InboundEvent> scenario = new ArrayList<>(Scenario.events());
        scenario.addAll(Cascade.events());
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
    void listensOnLoopbackWithActuatorApartAndAnswersEveryRefusalAsAProblem() throws Exception {
        Exposure.assertBehindTheGateway(port, managementPort, "/api/analytics/plans/" + PLAN_ID, TestTokens.staff());
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

        Matcher names = Pattern.compile("analytics_[a-z_]+").matcher(
                Files.readString(Path.of("../deploy/grafana/campaign-reporting.json")));
        List<String> dashboardMetrics = names.results().map(MatchResult::group).distinct().toList();
        assertThat(dashboardMetrics).hasSizeGreaterThan(8);

        // one scrape with everything: a rebuild by another test drops the phase gauges until its replay is done
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String scrape = RawHttp.send(managementPort, "GET", "/actuator/prometheus", null).body();
            assertThat(scrape)
                    .contains("analytics_phase_expected{application=\"analytics-service\",phase=\"1\",plan=\""
                            + PLAN_ID + "\",plan_number=\"15/KH-LĐLĐ\"} 11.0")
                    .contains("analytics_phase_completeness_ratio{application=\"analytics-service\",phase=\"1\",plan=\""
                            + PLAN_ID + "\",plan_number=\"15/KH-LĐLĐ\"} 0.3636")
                    // counted from the reports read without their values and texts
                    .contains("analytics_phase_submitted{application=\"analytics-service\",phase=\"1\",plan=\""
                            + PLAN_ID + "\",plan_number=\"15/KH-LĐLĐ\"} 4.0")
                    .contains("analytics_event_lag_seconds_count")
                    .contains("analytics_phase_deadline_timestamp_seconds{application=\"analytics-service\",phase=\"1\",plan=\""
                            + PLAN_ID + "\",plan_number=\"15/KH-LĐLĐ\"} ");
            assertThat(dashboardMetrics).allSatisfy(metric -> assertThat(scrape).contains(metric + "{"));
        });
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
    void listsThePlansItKnowsWithTheirPhasesForAReaderToPickADashboard() {
        awaitScenarioApplied();

        Reply list = get("/api/analytics/plans");
        assertThat(list.status()).isEqualTo(200);
        JsonNode plan = null;
        for (JsonNode listed : list.json()) {
            if (listed.get("planId").asString().equals(PLAN_ID)) {
                plan = listed;
            }
        }
        assertThat(plan).as("the scenario's plan in the list").isNotNull();
        assertThat(plan.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(plan.get("title").asString()).isNotBlank();
        assertThat(plan.get("phases").get(0).get("number").asInt()).isEqualTo(1);
        assertThat(plan.get("phases").get(0).get("reportDeadline").asString()).isNotBlank();
    }

    @Test
    void aRebuildReplaysEverythingToTheSameNumbers() {
        awaitScenarioApplied();
        awaitCascadeApplied();
        String before = get("/api/analytics/plans/" + PLAN_ID).body();
        String unitsBefore = get("/api/analytics/plans/" + PLAN_ID + "/phases/1/units").body();
        String treeBefore = get("/api/analytics/plans/" + Cascade.P + "/phases/1/tree").body();
        String districtTreeBefore = get("/api/analytics/plans/" + Cascade.Q_TB + "/phases/1/tree").body();

        Reply rebuild = call("POST", "/api/analytics/rebuild");

        assertThat(rebuild.status()).isEqualTo(202);
        // the scenario's plan and the four plans of the cascade, their 4 and 7 reports
        assertThat(rebuild.json().get("plansRemoved").asLong()).isEqualTo(5);
        assertThat(rebuild.json().get("reportsRemoved").asLong()).isEqualTo(11);
        assertThat(rebuild.json().get("noticesRemoved").asLong()).isEqualTo(4);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(get("/api/analytics/plans/" + PLAN_ID).body()).isEqualTo(before);
            assertThat(get("/api/analytics/plans/" + PLAN_ID + "/phases/1/units").body()).isEqualTo(unitsBefore);
            assertThat(get("/api/analytics/plans/" + Cascade.P + "/phases/1/tree").body()).isEqualTo(treeBefore);
            assertThat(get("/api/analytics/plans/" + Cascade.Q_TB + "/phases/1/tree").body())
                    .isEqualTo(districtTreeBefore);
        });
    }

    @Test
    void theTreeOfAPhaseCountsEachLevelAndShowsEachDistrictsImplementingPlan() {
        JsonNode tree = awaitCascadeApplied();

        assertThat(tree.get("planId").asString()).isEqualTo(Cascade.P);
        assertThat(tree.get("issuer").get("code").asString()).isEqualTo("LDLD-TN");
        assertThat(tree.get("levels").toString()).isEqualTo("[{\"depth\":1,\"plans\":1,\"expected\":3,\"submitted\":2,"
                + "\"accepted\":0,\"returned\":0,\"onTime\":1,\"late\":1},{\"depth\":2,\"plans\":2,\"expected\":6,"
                + "\"submitted\":4,\"accepted\":2,\"returned\":1,\"onTime\":3,\"late\":1},{\"depth\":3,\"plans\":1,"
                + "\"expected\":2,\"submitted\":1,\"accepted\":0,\"returned\":0,\"onTime\":1,\"late\":0}]");
        JsonNode trangBang = tree.get("units").get(0);
        assertThat(trangBang.get("unitCode").asString()).isEqualTo("LDLD-TB");
        assertThat(trangBang.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(trangBang.get("onTime").asBoolean()).isTrue();
        assertThat(trangBang.get("implementingPlan").toString()).isEqualTo("{\"planId\":\"" + Cascade.Q_TB
                + "\",\"number\":\"21/KH-LĐLĐ\",\"expected\":4,\"submitted\":3,\"accepted\":1,\"returned\":1,"
                + "\"onTime\":2,\"late\":1,\"missing\":1}");
        JsonNode hoaThanh = tree.get("units").get(2);
        assertThat(hoaThanh.get("status").asString()).isEqualTo("MISSING");
        assertThat(hoaThanh.get("onTime").isNull()).isTrue();
        assertThat(hoaThanh.get("implementingPlan").isNull()).isTrue();
        Reply unknownPhase = get("/api/analytics/plans/" + Cascade.P + "/phases/2/tree");
        assertThat(unknownPhase.status()).isEqualTo(404);
        assertThat(unknownPhase.json().get("errors").get(0).get("field").asString()).isEqualTo("n");
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
        HttpResponse<byte[]> pdf = download(phase + "/consolidated.pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("bao-cao-tong-hop-dot-1.pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
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

    /**
     * Who may call what, generated over every {@code /api/**} endpoint the service maps (a new endpoint fails these
     * tests until it has its expectations in {@link #MATRIX}): bad tokens get 401, each role its expected status
     * class. The analysis has no unit-owned objects: a unit reporter gets 403 everywhere, even for its own unit.
     */
    @Nested
    class AccessRules {

        /**
         * Expected outcome of every endpoint, its path variables naming the scenario's plan and phase 1, by caller
         * in the order of {@link Who}: staff, reporter of a unit of the plan, reporter of another unit, viewer,
         * machine client, no role, staff of a district the plan addresses (the plan is the province's, not its own:
         * {@link #aDistrictsStaffReadsThePlansItsUnitIssuedAndNoOther}).
         */
        private static final Map<String, Map<Who, Outcome>> MATRIX = Map.ofEntries(
                Map.entry("GET /api/analytics/plans", row(OK, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN, OK)),
                Map.entry("GET /api/analytics/plans/{planId}", READ),
                Map.entry("GET /api/analytics/plans/{planId}/phases/{n}", READ),
                Map.entry("GET /api/analytics/plans/{planId}/phases/{n}/units", READ),
                Map.entry("GET /api/analytics/plans/{planId}/phases/{n}/timeline", READ),
                Map.entry("GET /api/analytics/plans/{planId}/phases/{n}/parent-reviews", READ),
                Map.entry("GET /api/analytics/plans/{planId}/phases/{n}/tree", READ),
                Map.entry("GET /api/analytics/plans/{planId}/phases/{n}/export.csv", READ),
                Map.entry("GET /api/analytics/plans/{planId}/phases/{n}/export.xlsx", READ),
                Map.entry("GET /api/analytics/plans/{planId}/phases/{n}/consolidated.docx", READ),
                Map.entry("GET /api/analytics/plans/{planId}/phases/{n}/consolidated.pdf", READ),
                Map.entry("POST /api/analytics/rebuild",
                        row(OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)));

        @Test
        void everyEndpointHasItsExpectations() {
            assertThat(endpoints().keySet()).as("the endpoints the service maps").isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("vn.ldld.web.testing.TestTokens#badTokens")
        void everyEndpointAnswers401ToABadToken(BadToken bad) {
            SoftAssertions softly = new SoftAssertions();
            for (String endpoint : checkedEndpoints()) {
                Reply reply = callAs(bad.token(), method(endpoint), path(endpoint, "LDLD-GD"));
                softly.assertThat(reply.status()).as(endpoint + " " + reply.body()).isEqualTo(401);
                softly.assertThat(reply.contentType()).as(endpoint).startsWith("application/problem+json");
                softly.assertThat(reply.header("WWW-Authenticate")).as(endpoint).startsWith("Bearer");
                softly.assertThat(reply.body()).as(endpoint).doesNotContain("15/KH");
            }
            softly.assertAll();
        }

        @TestFactory
        Stream<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
            List<DynamicTest> tests = new ArrayList<>();
            for (String endpoint : checkedEndpoints()) {
                for (Who who : Who.values()) {
                    Outcome expected = MATRIX.get(endpoint).get(who);
                    tests.add(DynamicTest.dynamicTest(endpoint + " as " + who + " → " + expected, () -> {
                        awaitScenarioApplied();
                        Reply reply = callAs(who.token(), method(endpoint), path(endpoint, "LDLD-GD"));
                        assertThat(expected.matches(reply.status())).as(reply.status() + " " + reply.body())
                                .isTrue();
                        if (expected != OK) {
                            assertThat(reply.contentType()).startsWith("application/problem+json");
                            assertThat(reply.body()).doesNotContain("15/KH").doesNotContain("Gò Dầu");
                        }
                    }));
                }
            }
            return tests.stream();
        }

        /**
         * A district's staff reads the analytics of the plans its unit issued (Gò Dầu's implementing plan): every
         * per-plan endpoint answers 200; for the province's plan, a sibling district's plan (Trảng Bàng's) and an
         * unknown plan it gets 403, as every refusal here (an unknown plan is 404 only to those who read every plan).
         */
        @TestFactory
        Stream<DynamicTest> aDistrictsStaffReadsThePlansItsUnitIssuedAndNoOther() {
            String goDauStaff = TestTokens.unitStaff("LDLD-GD");
            Map<String, Integer> expected = new java.util.LinkedHashMap<>();
            expected.put(Cascade.Q_GD, 200);
            expected.put(Cascade.P, 403);
            expected.put(Cascade.Q_TB, 403);
            expected.put("00000000-0000-0000-0000-000000000000", 403);
            List<DynamicTest> tests = new ArrayList<>();
            for (String endpoint : checkedEndpoints()) {
                if (!endpoint.contains("{planId}")) {
                    continue;
                }
                expected.forEach((planId, status) -> tests.add(DynamicTest.dynamicTest(
                        endpoint + " of " + planId + " → " + status, () -> {
                            awaitCascadeApplied();
                            Reply reply = callAs(goDauStaff, method(endpoint), path(endpoint, planId, "LDLD-GD"));
                            assertThat(reply.status()).as(reply.body()).isEqualTo(status);
                            if (status != 200) {
                                assertThat(reply.contentType()).startsWith("application/problem+json");
                                assertThat(reply.body()).doesNotContain("KH-LĐLĐ").doesNotContain("Trảng Bàng");
                            }
                        })));
            }
            tests.add(DynamicTest.dynamicTest("GET /api/analytics/plans lists its unit's plans", () -> {
                awaitCascadeApplied();
                Reply reply = callAs(goDauStaff, "GET", "/api/analytics/plans");
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                assertThat(reply.json()).hasSize(1);
                assertThat(reply.json().get(0).get("planId").asString()).isEqualTo(Cascade.Q_GD);
                assertThat(reply.json().get(0).get("issuer").asString()).isEqualTo("LDLD-GD");
                assertThat(reply.json().get(0).get("implementsPlanId").asString()).isEqualTo(Cascade.P);
            }));
            return tests.stream();
        }

        /** A unit of the plan reads nothing of it, not even its own row or the units below it. */
        @TestFactory
        Stream<DynamicTest> aUnitReporterReadsNothingEvenOfItsOwnUnit() {
            awaitScenarioApplied();
            String reporterOfGoDau = TestTokens.reporter("LDLD-GD");
            return checkedEndpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
                Reply reply = callAs(reporterOfGoDau, method(endpoint), path(endpoint, "LDLD-GD"));
                assertThat(reply.status()).as(reply.body()).isEqualTo(403);
                assertThat(reply.contentType()).startsWith("application/problem+json");
                assertThat(reply.body()).doesNotContain("15/KH").doesNotContain("Gò Dầu")
                        .doesNotContain("LDLD-TN");
            }));
        }

        @Test
        void theOpenApiDocumentIsOpenAndStatesTheTokenAndRoles() {
            Reply reply = callAs(null, "GET", "/v3/api-docs");

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode api = reply.json();
            ApiDocuments.assertBearerTokenRequired(api);
            Map<String, JsonNode> operations = ApiDocuments.operations(api);
            operations.forEach((name, operation) -> assertThat(operation.get("description").asString()).as(name)
                    .startsWith("Roles: ").contains("Others: 403"));
            assertThat(operations.keySet()).containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
            assertThat(operations.get("GET /api/analytics/plans/{planId}/phases/{n}/tree").get("description")
                    .asString()).contains("UNIT_STAFF of the unit that issued the plan");
        }

        /** The endpoints, failing when one has no expectations. */
        private List<String> checkedEndpoints() {
            List<String> endpoints = List.copyOf(endpoints().keySet());
            assertThat(MATRIX.keySet()).as("endpoints with expectations").containsAll(endpoints);
            return endpoints;
        }

        private static String method(String endpoint) {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        /** The endpoint's path for the scenario's plan and phase 1 (and {@code parent} for the unit matrix). */
        private static String path(String endpoint, String parent) {
            return path(endpoint, PLAN_ID, parent);
        }

        /** The endpoint's path for plan {@code planId} and phase 1 (and {@code parent} for the unit matrix). */
        private static String path(String endpoint, String planId, String parent) {
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{planId}", planId)
                    .replace("{n}", "1");
            assertThat(path).as("a value for every path variable of " + endpoint).doesNotContain("{");
            return path.endsWith("/units") ? path + "?parent=" + parent : path;
        }
    }

    /**
     * The callers of the matrix: reporters of a unit of the plan and of a unit outside it; the staff of a district
     * the plan addresses.
     */
    enum Who {
        STAFF, REPORTER_OF_A, REPORTER_OF_B, VIEWER, MACHINE, NO_ROLE, DISTRICT_STAFF;

        String token() {
            return switch (this) {
                case STAFF -> TestTokens.staff();
                case REPORTER_OF_A -> TestTokens.reporter("LDLD-GD");
                case REPORTER_OF_B -> TestTokens.reporter("LDLD-XX");
                case VIEWER -> TestTokens.viewer();
                case MACHINE -> TestTokens.machine();
                case NO_ROLE -> TestTokens.noRole();
                case DISTRICT_STAFF -> TestTokens.unitStaff("LDLD-GD");
            };
        }
    }

    /** Reads: staff and viewers (machine clients included); a district's staff only of its own unit's plans. */
    private static final Map<Who, Outcome> READ = row(OK, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN, FORBIDDEN);

    private static Map<Who, Outcome> row(Outcome... outcomes) {
        Map<Who, Outcome> row = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            row.put(who, outcomes[who.ordinal()]);
        }
        return row;
    }

    /** The {@code /api/**} endpoints, as {@code METHOD pattern}. */
    private Map<String, HandlerMethod> endpoints() {
        return ApiEndpoints.of(handlerMapping);
    }

    private HttpResponse<byte[]> download(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + TestTokens.staff())
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode awaitScenarioApplied() {
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

    /** Waits until the cascade's events are applied: the tree of its province plan, level by level. */
    JsonNode awaitCascadeApplied() {
        String path = "/api/analytics/plans/" + Cascade.P + "/phases/1/tree";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Reply reply = get(path);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            List<Integer> counts = new ArrayList<>();
            reply.json().get("levels").forEach(level -> counts.addAll(List.of(level.get("expected").asInt(),
                    level.get("submitted").asInt(), level.get("accepted").asInt(), level.get("returned").asInt())));
            assertThat(counts).as(reply.body()).containsExactly(3, 2, 0, 0, 6, 4, 2, 1, 2, 1, 0, 0);
        });
        return get(path).json();
    }

    private static Set<TopicPartition> assigned(KafkaListenerEndpointRegistry registry) {
        var container = registry.getListenerContainer("analytics-events");
        return container == null || container.getAssignedPartitions() == null ? Set.of()
                : Set.copyOf(container.getAssignedPartitions());
    }

    private Reply get(String path) {
        return call("GET", path);
    }

    /** Sends {@code method path} as province staff. */
    private Reply call(String method, String path) {
        return callAs(TestTokens.staff(), method, path);
    }

    /** Sends {@code method path} with {@code Authorization: Bearer token}, or with no Authorization when null. */
    Reply callAs(String token, String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
