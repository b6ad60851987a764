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

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.client.Tokens;

/**
 * A cascade of three levels through the gateway, as the federation works: the province's plan goes to two district
 * federations; the staff of one district (LĐLĐ thị xã Trảng Bàng) issue its implementing plan to its grassroots
 * unions; those report, the district's staff review them; the district's reporter takes the pre-filled report (the
 * sum of the accepted sub-unit reports) and sends it up; the province sees every level in analytics. The sibling
 * district (Hòa Thành) sees nothing of it.
 */
class CascadeTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DISTRICT = "LDLD-TB";
    static final String SIBLING = "LDLD-HT";
    static final List<String> GRASSROOTS = List.of("CDCS-TB-GD", "CDCS-TB-YT", "CDCS-TB-KCN", "CDCS-TB-PT");

    @Test
    void aDistrictImplementsTheProvincePlanAndReportsWhatItsUnitsAchieved() {
        PlatformUnderTest running = PlatformUnderTest.get();
        String gateway = running.gateway;
        String staff = running.tokens.of("staff");
        String districtStaff = running.tokens.of("ldld-tb-staff");
        String siblingStaff = running.tokens.of("ldld-ht-staff");

        String provincePlan = publishProvincePlan(gateway, staff);

        // the district's staff draft the implementing plan, complete it and publish it
        HttpResponse<String> drafted = await().atMost(Duration.ofSeconds(30)).until(() -> PlatformUnderTest.send(
                "POST", gateway + "/api/plans/" + provincePlan + "/implementations", districtStaff, "{}"),
                answer -> answer.statusCode() != 404);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        JsonNode draft = JSON.readTree(drafted.body());
        String districtPlan = draft.path("id").asString();
        assertThat(draft.path("implementsPlanId").asString()).isEqualTo(provincePlan);
        assertThat(draft.path("issuer").path("code").asString()).isEqualTo(DISTRICT);
        assertThat(draft.path("legalBasis").get(0).path("reference").asString()).startsWith("Kế hoạch số ");
        ObjectNode content = (ObjectNode) draft.deepCopy();
        for (String assigned : List.of("id", "status", "version", "publishedVersion", "number", "sequence", "year",
                "createdAt", "updatedAt", "publishedAt", "publishedBy", "closedAt", "cancelledAt", "endedBy",
                "endReason")) {
            content.remove(assigned);
        }
        content.put("place", "Trảng Bàng");
        HttpResponse<String> edited = PlatformUnderTest.send("PUT", gateway + "/api/plans/" + districtPlan,
                districtStaff, JSON.writeValueAsString(content), "If-Match",
                drafted.headers().firstValue("ETag").orElseThrow());
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        HttpResponse<String> published = PlatformUnderTest.send("POST", gateway + "/api/plans/" + districtPlan
                + "/publish", districtStaff, "{\"signer\":{\"capacity\":\"TM. BAN THƯỜNG VỤ\",\"position\":"
                + "\"CHỦ TỊCH\",\"fullName\":\"Nguyễn Văn Bình\"}}", "If-Match",
                edited.headers().firstValue("ETag").orElseThrow());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        // the sibling district sees nothing of it
        assertThat(PlatformUnderTest.send("GET", gateway + "/api/plans/" + districtPlan, siblingStaff, null)
                .statusCode()).isEqualTo(404);
        assertThat(PlatformUnderTest.send("GET", gateway + "/api/plans?size=100", siblingStaff, null).body())
                .doesNotContain(districtPlan);

        // three grassroots unions report, the fourth does not
        Map<String, Map<String, BigDecimal>> sent = new LinkedHashMap<>();
        Map<String, String> reportIds = new LinkedHashMap<>();
        JsonNode template = draft.path("template");
        for (int i = 0; i < 3; i++) {
            String unit = GRASSROOTS.get(i);
            Map<String, BigDecimal> values = values(template, i + 1);
            HttpResponse<String> receipt = submit(running, districtPlan, unit, values,
                    "Công đoàn cơ sở đã tổ chức " + (i + 1) + " buổi tuyên truyền.");
            assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
            sent.put(unit, values);
            reportIds.put(unit, JSON.readTree(receipt.body()).path("id").asString());
        }
        for (String unit : GRASSROOTS.subList(0, 3)) {
            assertThat(PlatformUnderTest.send("GET", gateway + "/api/reports/" + reportIds.get(unit), siblingStaff,
                    null).statusCode()).as("sibling district reads %s", unit).isEqualTo(404);
        }

        // the district's staff accept two and return one
        for (String unit : GRASSROOTS.subList(0, 2)) {
            HttpResponse<String> accepted = PlatformUnderTest.send("POST", gateway + "/api/reports/"
                    + reportIds.get(unit) + "/accept", districtStaff, null);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        }
        HttpResponse<String> returned = PlatformUnderTest.send("POST", gateway + "/api/reports/"
                + reportIds.get(GRASSROOTS.get(2)) + "/return", districtStaff,
                "{\"reason\":\"Đề nghị bổ sung số liệu kinh phí.\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);

        // the district's report, pre-filled with the sum of what it accepted
        String districtReporter = running.tokens.of(Tokens.accountOf(DISTRICT));
        String prefillUrl = gateway + "/api/reports/from-sub-units?planId=" + provincePlan + "&phase=1";
        JsonNode prefill = await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(PlatformUnderTest.send(
                "GET", prefillUrl, districtReporter, null).body()), p -> p.path("sources").size() == 2);
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        sent.entrySet().stream().limit(2).forEach(e -> e.getValue().forEach((code, v) -> expected.merge(code, v,
                BigDecimal::add)));
        expected.forEach((code, sum) -> assertThat(prefill.path("values").path(code).decimalValue())
                .as(code).isEqualByComparingTo(sum));
        assertThat(prefill.path("narrative").path("RESULTS").asString())
                .contains("đã tổ chức 1 buổi", "đã tổ chức 2 buổi").doesNotContain("đã tổ chức 3 buổi");
        List<String> notAccepted = new ArrayList<>();
        prefill.path("notAccepted").forEach(u -> notAccepted.add(u.path("unitCode").asString() + ":"
                + u.path("status").asString()));
        assertThat(notAccepted).containsExactlyInAnyOrder("CDCS-TB-KCN:RETURNED", "CDCS-TB-PT:NOT_SUBMITTED");
        assertThat(PlatformUnderTest.send("GET", prefillUrl + "&unit=" + DISTRICT, siblingStaff, null).statusCode())
                .isEqualTo(404);

        ObjectNode districtReport = JSON.createObjectNode().put("planId", provincePlan).put("phaseNumber", 1)
                .put("unitCode", DISTRICT);
        districtReport.set("values", prefill.path("values"));
        districtReport.set("narrative", prefill.path("narrative"));
        HttpResponse<String> upward = PlatformUnderTest.send("POST", gateway + "/api/reports", districtReporter,
                JSON.writeValueAsString(districtReport), "Idempotency-Key", "\"" + UUID.randomUUID() + "\"");
        assertThat(upward.statusCode()).as(upward.body()).isEqualTo(201);

        // the province sees how far each level has got
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HttpResponse<String> tree = PlatformUnderTest.send("GET", gateway + "/api/analytics/plans/"
                    + provincePlan + "/phases/1/tree", staff, null);
            assertThat(tree.statusCode()).as(tree.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(tree.body());
            JsonNode top = body.path("levels").get(0);
            assertThat(top.path("expected").asInt()).isEqualTo(2);
            assertThat(top.path("submitted").asInt()).isEqualTo(1);
            JsonNode grassroots = body.path("levels").get(1);
            assertThat(grassroots.path("plans").asInt()).isEqualTo(1);
            assertThat(grassroots.path("expected").asInt()).isEqualTo(4);
            assertThat(grassroots.path("submitted").asInt()).isEqualTo(3);
            assertThat(grassroots.path("accepted").asInt()).isEqualTo(2);
            assertThat(grassroots.path("returned").asInt()).isEqualTo(1);
            JsonNode district = null;
            for (JsonNode unit : body.path("units")) {
                if (DISTRICT.equals(unit.path("unitCode").asString())) {
                    district = unit;
                }
            }
            assertThat(district).isNotNull();
            assertThat(district.path("implementingPlan").path("planId").asString()).isEqualTo(districtPlan);
            assertThat(district.path("implementingPlan").path("missing").asInt()).isEqualTo(1);
        });
        // the district's staff read their own plan's analytics, not the province's
        assertThat(PlatformUnderTest.send("GET", gateway + "/api/analytics/plans/" + districtPlan + "/phases/1",
                districtStaff, null).statusCode()).isEqualTo(200);
        assertThat(PlatformUnderTest.send("GET", gateway + "/api/analytics/plans/" + districtPlan + "/phases/1",
                siblingStaff, null).statusCode()).isIn(403, 404);
    }

    /** The contract's example plan addressed to two districts, due a day from now, published by province staff. */
    private static String publishProvincePlan(String gateway, String staff) {
        Instant deadline = Instant.now().plus(Duration.ofDays(1));
        ObjectNode draft = Campaign.exampleDraft(deadline, deadline.plus(Duration.ofDays(1)));
        var recipients = draft.putArray("recipients");
        for (String unit : List.of(DISTRICT, SIBLING)) {
            recipients.addObject().put("role", "MUST_REPORT").putObject("unit").put("code", unit);
        }
        HttpResponse<String> created = PlatformUnderTest.send("POST", gateway + "/api/plans", staff,
                JSON.writeValueAsString(draft));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String planId = JSON.readTree(created.body()).path("id").asString();
        HttpResponse<String> published = PlatformUnderTest.send("POST", gateway + "/api/plans/" + planId + "/publish",
                staff, null, "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return planId;
    }

    /** Values for every number indicator of the template, scaled by {@code factor}. */
    private static Map<String, BigDecimal> values(JsonNode template, int factor) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (JsonNode indicator : template.path("indicators")) {
            String code = indicator.path("code").asString();
            switch (indicator.path("type").asString()) {
                case "COUNT" -> values.put(code, BigDecimal.valueOf(3L * factor));
                case "MONEY_VND" -> values.put(code, BigDecimal.valueOf(1_500_000L * factor));
                case "DECIMAL" -> values.put(code, new BigDecimal("1.25").multiply(BigDecimal.valueOf(factor)));
                default -> { }
            }
        }
        return values;
    }

    /** The unit submits with its own account, again while report-service has not read the plan yet (404). */
    private static HttpResponse<String> submit(PlatformUnderTest running, String planId, String unit,
                                               Map<String, BigDecimal> values, String results) {
        ObjectNode body = JSON.createObjectNode().put("planId", planId).put("phaseNumber", 1).put("unitCode", unit);
        ObjectNode valuesNode = body.putObject("values");
        values.forEach(valuesNode::put);
        body.putObject("narrative").put("RESULTS", results);
        String token = running.tokens.of(Tokens.accountOf(unit));
        return await().atMost(Duration.ofSeconds(90)).until(() -> PlatformUnderTest.send("POST", running.gateway
                + "/api/reports", token, JSON.writeValueAsString(body), "Idempotency-Key",
                "\"" + UUID.randomUUID() + "\""), answer -> answer.statusCode() != 404);
    }
}
