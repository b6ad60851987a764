package vn.ldld.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.client.Tokens;

/**
 * A campaign driven through the gateway as its users do: province staff publish the contract's example plan with a
 * deadline a day ahead, its units submit with their own accounts, revise, are returned and resubmit. Remembers the
 * latest values of every report, so that analytics' totals can be checked against them.
 */
final class Campaign {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> INDICATORS = List.of("PROPAGANDA_SESSIONS", "PROPAGANDA_ATTENDEES", "MEMBERS_PARTICIPATING",
            "HOUSES_BUILT", "HOUSES_REPAIRED", "ROADS_KM", "CANALS_KM", "MEDICAL_CHECKUPS", "GIFTS", "GIFTS_VALUE_VND",
            "FUNDS_MOBILIZED_VND");

    final String gateway;
    final Tokens tokens;
    final String planId;
    final List<String> units = new ArrayList<>();
    /** The latest values of each unit's report, by unit code. */
    final Map<String, Map<String, BigDecimal>> latest = new LinkedHashMap<>();
    final Map<String, String> reportIds = new LinkedHashMap<>();

    private Campaign(String gateway, Tokens tokens, String planId, List<String> units) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.planId = planId;
        this.units.addAll(units);
    }

    /**
     * The contract's example plan as a draft's content (without what publication assigns), its one phase ending on
     * {@code endDay}'s date with its reports due at {@code deadline}.
     */
    static ObjectNode exampleDraft(Instant deadline, Instant endDay) {
        ObjectNode draft = (ObjectNode) JSON.readTree(new EventContracts().example("plan-published")).get("plan");
        for (String assigned : List.of("planId", "version", "number", "sequence", "year", "issuedOn")) {
            draft.remove(assigned);
        }
        ObjectNode phase = (ObjectNode) draft.get("phases").get(0);
        phase.remove("timeZone");
        phase.put("endDate", endDay.toString().substring(0, 10)).put("reportDeadline", deadline.toString());
        return draft;
    }

    /** Publishes the example plan, due a day from now, and waits until report-service takes reports for it. */
    static Campaign publish(String gateway, Tokens tokens) {
        Instant deadline = Instant.now().plus(Duration.ofDays(1));
        ObjectNode draft = exampleDraft(deadline, deadline.plus(Duration.ofDays(1)));
        List<String> units = new ArrayList<>();
        draft.get("recipients").forEach(r -> {
            if ("MUST_REPORT".equals(r.path("role").asString())) {
                units.add(r.path("unit").path("code").asString());
            }
        });
        String staff = tokens.of("staff");
        HttpResponse<String> created = PlatformUnderTest.send("POST", gateway + "/api/plans", staff,
                JSON.writeValueAsString(draft));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String planId = JSON.readTree(created.body()).path("id").asString();
        HttpResponse<String> published = PlatformUnderTest.send("POST", gateway + "/api/plans/" + planId + "/publish",
                staff, null, "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return new Campaign(gateway, tokens, planId, units);
    }

    /**
     * A unit submits with its own account; {@code factor} scales the example values. Sent again while report-service
     * has not read the plan yet (404: nothing stored).
     */
    HttpResponse<String> submit(String unit, int factor) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> submitOnce(unit, factor), answer -> answer.statusCode() != 404);
    }

    private HttpResponse<String> submitOnce(String unit, int factor) {
        Map<String, BigDecimal> values = values(factor);
        ObjectNode body = JSON.createObjectNode().put("planId", planId).put("phaseNumber", 1).put("unitCode", unit);
        ObjectNode valuesNode = body.putObject("values");
        values.forEach(valuesNode::put);
        body.putObject("narrative").put("RESULTS", "Đơn vị " + unit + " đã tổ chức " + (2 * factor) + " buổi tuyên truyền.");
        HttpResponse<String> answer = PlatformUnderTest.send("POST", gateway + "/api/reports",
                tokens.of(Tokens.accountOf(unit)), JSON.writeValueAsString(body), "Idempotency-Key",
                "\"" + UUID.randomUUID() + "\"");
        if (answer.statusCode() == 201) {
            latest.put(unit, values);
            reportIds.put(unit, JSON.readTree(answer.body()).path("id").asString());
        }
        return answer;
    }

    /** The unit sends a new revision of its report (a revision, or a resubmission after a return). */
    void revise(String unit, int factor) {
        String account = Tokens.accountOf(unit);
        String url = gateway + "/api/reports/" + reportIds.get(unit);
        HttpResponse<String> current = PlatformUnderTest.send("GET", url, tokens.of(account), null);
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        Map<String, BigDecimal> values = values(factor);
        ObjectNode body = JSON.createObjectNode();
        ObjectNode valuesNode = body.putObject("values");
        values.forEach(valuesNode::put);
        body.putObject("narrative").put("RESULTS", "Bổ sung số liệu sau khi tổng hợp lại.");
        HttpResponse<String> revised = PlatformUnderTest.send("PUT", url, tokens.of(account), JSON.writeValueAsString(body),
                "If-Match", current.headers().firstValue("ETag").orElseThrow());
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        latest.put(unit, values);
    }

    /** Province staff return the unit's report for correction. */
    void returnReport(String unit) {
        HttpResponse<String> returned = PlatformUnderTest.send("POST", gateway + "/api/reports/" + reportIds.get(unit)
                + "/return", tokens.of("staff"), "{\"reason\":\"Đề nghị bổ sung số liệu kinh phí vận động.\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
    }

    /** @return the sum of each indicator over the latest revision of every report */
    Map<String, BigDecimal> expectedTotals() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        latest.values().forEach(values -> values.forEach((code, value) -> totals.merge(code, value, BigDecimal::add)));
        return totals;
    }

    /** @return analytics' summary of phase 1 ({@code null} before analytics knows the plan) */
    JsonNode analytics() {
        HttpResponse<String> answer = PlatformUnderTest.send("GET", gateway + "/api/analytics/plans/" + planId
                + "/phases/1", tokens.of("staff"), null);
        return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
    }

    /** @return analytics' indicator totals of phase 1, by code */
    Map<String, BigDecimal> analyticsTotals() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        JsonNode phase = analytics();
        if (phase != null) {
            phase.path("totals").forEach(total -> {
                if (total.path("sum").isNumber()) {
                    totals.put(total.path("code").asString(), total.path("sum").decimalValue());
                }
            });
        }
        return totals;
    }

    private static Map<String, BigDecimal> values(int factor) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        long[] base = {2, 120, 25, 1, 2, 0, 0, 80, 30, 15_000_000L, 40_000_000L};
        for (int i = 0; i < INDICATORS.size(); i++) {
            values.put(INDICATORS.get(i), BigDecimal.valueOf(base[i] * factor));
        }
        values.put("ROADS_KM", new BigDecimal("0.5").multiply(BigDecimal.valueOf(factor)));
        values.put("CANALS_KM", new BigDecimal("0.3").multiply(BigDecimal.valueOf(factor)));
        return values;
    }
}
