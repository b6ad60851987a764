package vn.ldld.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.platform.KafkaUsers;

/**
 * A plan at the scale of a federation, through the gateway as province staff work: 20,000 grassroots unions imported
 * into the directory, a plan addressed to them by one rule, published, reported against by the last unit, and
 * consolidated by analytics; an outside system rebuilds who must report from {@code plan-events} alone, and no event
 * comes near the broker's message limit. Runs after every other class of the module (they share one platform, whose
 * directory this test grows by 20,000 units).
 */
@Order(Integer.MAX_VALUE)
class LargePlanTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int UNITS = 20_000;
    static final int CHUNK = 500;
    /** The size every event stays under, whatever the plan's size (the broker refuses 1 MB by default). */
    static final int EVENT_SIZE_LIMIT = 256 * 1024;
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aPlanOfTwentyThousandUnitsIsPublishedReportedAgainstAndConsolidated() {
        PlatformUnderTest running = PlatformUnderTest.get();
        String gateway = running.gateway;
        String staff = running.tokens.of("staff");
        String district = "LARGE" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        importUnits(gateway, staff, district);

        JsonNode example = JSON.readTree(new EventContracts().example("plan-published.v2")).get("plan");
        ObjectNode content = JSON.createObjectNode();
        content.putObject("issuer").put("code", "LDLD-TN");
        content.put("title", "tổng kết hoạt động công đoàn cơ sở khối " + district);
        content.put("place", example.get("place").asString());
        content.put("purpose", example.get("purpose").asString());
        content.set("template", example.get("template"));
        // due in a month: every reminder of the 20,000 units lies ahead, none is due while the test runs
        Instant deadline = Instant.now().plus(Duration.ofDays(30));
        content.putArray("phases").addObject().put("number", 1).put("name", "Đợt I")
                .put("startDate", LocalDate.now(ZONE).minusDays(1).toString())
                .put("endDate", deadline.atZone(ZONE).toLocalDate().plusDays(1).toString())
                .put("reportDeadline", deadline.toString());
        content.putArray("recipientRules").addObject().put("under", district).put("depth", "CHILDREN")
                .put("role", "MUST_REPORT");
        content.putObject("signer").put("capacity", "TM. BAN THƯỜNG VỤ").put("position", "PHÓ CHỦ TỊCH");
        HttpResponse<String> created = PlatformUnderTest.send("POST", gateway + "/api/plans", staff,
                JSON.writeValueAsString(content));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String planId = JSON.readTree(created.body()).path("id").asString();
        HttpResponse<String> published = PlatformUnderTest.send("POST", gateway + "/api/plans/" + planId + "/publish",
                staff, null, "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        HttpResponse<String> listed = PlatformUnderTest.send("GET", gateway + "/api/plans/" + planId
                + "/recipients?size=1", staff, null);
        assertThat(JSON.readTree(listed.body()).path("totalElements").asInt()).as(listed.body()).isEqualTo(UNITS);

        // an outside system rebuilds who must report from the topic alone; every event stays small
        List<ConsumerRecord<String, String>> events = planEvents(running, planId);
        assertThat(events).hasSize(1 + UNITS / CHUNK);
        assertThat(events).allSatisfy(e -> assertThat(e.serializedValueSize()).isLessThan(EVENT_SIZE_LIMIT));
        assertThat(header(events.get(0), "ce_type")).isEqualTo("vn.ldld.plan.published.v2");
        Set<String> mustReport = new HashSet<>();
        for (ConsumerRecord<String, String> chunk : events.subList(1, events.size())) {
            assertThat(header(chunk, "ce_type")).isEqualTo("vn.ldld.plan.recipients-listed.v1");
            JSON.readTree(chunk.value()).path("recipients").forEach(r -> {
                if ("MUST_REPORT".equals(r.path("role").asString())) {
                    mustReport.add(r.path("unit").path("code").asString());
                }
            });
        }
        assertThat(mustReport).hasSize(UNITS).contains(unit(district, UNITS));

        // the last unit reports (province staff on its behalf), an unknown unit of the district cannot
        String last = unit(district, UNITS);
        JsonNode reportExample = JSON.readTree(new EventContracts().example("report-submitted"));
        ObjectNode report = JSON.createObjectNode().put("planId", planId).put("phaseNumber", 1).put("unitCode", last);
        report.set("values", reportExample.get("values"));
        report.set("narrative", reportExample.get("narrative"));
        HttpResponse<String> receipt = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> PlatformUnderTest.send("POST", gateway + "/api/reports", staff,
                        JSON.writeValueAsString(report), "Idempotency-Key", "\"" + UUID.randomUUID() + "\""),
                        answer -> answer.statusCode() != 404 && answer.statusCode() != 403);
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        ObjectNode stranger = report.deepCopy().put("unitCode", district);
        HttpResponse<String> refused = PlatformUnderTest.send("POST", gateway + "/api/reports", staff,
                JSON.writeValueAsString(stranger), "Idempotency-Key", "\"" + UUID.randomUUID() + "\"");
        assertThat(refused.statusCode()).as(refused.body()).isIn(403, 422, 400);

        // analytics expects every unit and consolidates
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            HttpResponse<String> phase = PlatformUnderTest.send("GET", gateway + "/api/analytics/plans/" + planId
                    + "/phases/1", staff, null);
            assertThat(phase.statusCode()).as(phase.body()).isEqualTo(200);
            JsonNode summary = JSON.readTree(phase.body()).path("summary");
            assertThat(summary.path("expected").asInt()).isEqualTo(UNITS);
            assertThat(summary.path("submitted").asInt()).isEqualTo(1);
        });
        HttpResponse<String> csv = PlatformUnderTest.send("GET", gateway + "/api/analytics/plans/" + planId
                + "/phases/1/export.csv", staff, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().filter(line -> line.contains(district + "-")).count()).isEqualTo(UNITS);
    }

    private static String unit(String district, int n) {
        return "%s-%05d".formatted(district, n);
    }

    /** Imports the district and its 20,000 grassroots unions, 1,000 a request, as province staff. */
    private static void importUnits(String gateway, String staff, String district) {
        List<ObjectNode> directory = new ArrayList<>();
        directory.add(JSON.createObjectNode().put("code", district).put("name", "Liên đoàn Lao động khối " + district)
                .put("kind", "DISTRICT_FEDERATION").put("parentCode", "LDLD-TN")
                .put("email", district.toLowerCase() + "@ldld.example"));
        for (int i = 1; i <= UNITS; i++) {
            String code = unit(district, i);
            directory.add(JSON.createObjectNode().put("code", code).put("name", "Công đoàn cơ sở " + code)
                    .put("kind", "GRASSROOTS_UNION").put("parentCode", district)
                    .put("email", code.toLowerCase() + "@ldld.example"));
        }
        for (int from = 0; from < directory.size(); from += 1_000) {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode batch = body.putArray("units");
            directory.subList(from, Math.min(from + 1_000, directory.size())).forEach(batch::add);
            HttpResponse<String> imported = PlatformUnderTest.send("POST", gateway + "/api/units/import", staff,
                    JSON.writeValueAsString(body));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        }
    }

    /** The plan's events on {@code plan-events}, in order, read as the outside provincial system reads them. */
    private static List<ConsumerRecord<String, String>> planEvents(PlatformUnderTest running, String planId) {
        Map<String, Object> hub = new HashMap<>(running.platform.kafkaClientConfig(KafkaUsers.PROVINCIAL_HUB));
        hub.put(ConsumerConfig.GROUP_ID_CONFIG, "provincial-hub.e2e-" + UUID.randomUUID());
        hub.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        hub.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        hub.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(hub)) {
            consumer.subscribe(List.of("plan-events"));
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (planId.equals(r.key())) {
                        seen.add(r);
                    }
                });
                return seen.size() >= 1 + UNITS / CHUNK;
            });
        }
        return seen;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
