package vn.ldld.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.client.Tokens;
import vn.ldld.contracts.EventContracts;

/**
 * Through the gateway: a unit reports after the phase's deadline, then staff extend the deadline (gia hạn) by an
 * amendment; report-service and analytics both judge the report on time again, from the same plan-amended event.
 */
class DeadlineExtensionTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anExtensionMakesALateReportOnTimeInTheReportAndInAnalytics() {
        PlatformUnderTest running = PlatformUnderTest.get();
        String gateway = running.gateway;
        String staff = running.tokens.of("staff");
        Instant passed = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        ObjectNode draft = Campaign.exampleDraft(passed, passed.plus(Duration.ofDays(3)));
        ObjectNode phase = (ObjectNode) draft.get("phases").get(0);
        List<String> units = new ArrayList<>();
        draft.get("recipients").forEach(r -> {
            if ("MUST_REPORT".equals(r.path("role").asString())) {
                units.add(r.path("unit").path("code").asString());
            }
        });
        String unit = units.get(0);
        HttpResponse<String> created = PlatformUnderTest.send("POST", gateway + "/api/plans", staff,
                JSON.writeValueAsString(draft));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String planId = JSON.readTree(created.body()).path("id").asString();
        HttpResponse<String> published = PlatformUnderTest.send("POST", gateway + "/api/plans/" + planId + "/publish",
                staff, null, "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        JsonNode example = JSON.readTree(new EventContracts().example("report-submitted"));
        ObjectNode report = JSON.createObjectNode().put("planId", planId).put("phaseNumber", 1).put("unitCode", unit);
        report.set("values", example.get("values"));
        report.set("narrative", example.get("narrative"));
        HttpResponse<String> receipt = await().atMost(Duration.ofSeconds(90)).until(() -> PlatformUnderTest.send(
                "POST", gateway + "/api/reports", running.tokens.of(Tokens.accountOf(unit)),
                JSON.writeValueAsString(report), "Idempotency-Key", "\"" + UUID.randomUUID() + "\""),
                answer -> answer.statusCode() != 404);
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        assertThat(JSON.readTree(receipt.body()).path("onTime").asBoolean()).isFalse();
        String reportId = JSON.readTree(receipt.body()).path("id").asString();

        Instant extended = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(1));
        phase.put("reportDeadline", extended.toString());
        ObjectNode amendment = JSON.createObjectNode().put("reason", "Gia hạn thời hạn gửi báo cáo đợt I/2023");
        amendment.set("plan", draft);
        HttpResponse<String> amended = PlatformUnderTest.send("POST", gateway + "/api/plans/" + planId + "/amendments",
                staff, JSON.writeValueAsString(amendment), "If-Match",
                published.headers().firstValue("ETag").orElseThrow());
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(201);

        JsonNode judged = await().atMost(Duration.ofSeconds(60)).until(() -> JSON.readTree(PlatformUnderTest.send(
                "GET", gateway + "/api/reports/" + reportId, staff, null).body()), r -> r.path("onTime").asBoolean());
        assertThat(judged.path("timeliness").path("onTimeAtReceipt").asBoolean()).isFalse();
        assertThat(judged.path("timeliness").path("extendedInVersion").asLong()).isEqualTo(2);
        assertThat(Instant.parse(judged.path("timeliness").path("deadline").asString())).isEqualTo(extended);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HttpResponse<String> analytics = PlatformUnderTest.send("GET", gateway + "/api/analytics/plans/" + planId
                    + "/phases/1", staff, null);
            assertThat(analytics.statusCode()).isEqualTo(200);
            JsonNode summary = JSON.readTree(analytics.body()).path("summary");
            assertThat(summary.path("submitted").asInt()).isEqualTo(1);
            assertThat(summary.path("onTime").asInt()).isEqualTo(1);
            assertThat(summary.path("late").asInt()).isZero();
        });
    }
}
