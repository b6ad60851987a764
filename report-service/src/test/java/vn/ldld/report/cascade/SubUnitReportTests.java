package vn.ldld.report.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;
import vn.ldld.report.cascade.CascadePlans.Unit;
import vn.ldld.report.plan.PlanStatus;
import vn.ldld.report.plan.PlanView;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * A cascade of three levels: the province's plan P to the districts, Trảng Bàng's implementing plan Q of P to its
 * grassroots unions, the unions' reports on Q reviewed by the district; the district's report on P pre-filled from
 * the accepted ones ({@code GET /api/reports/from-sub-units}) and submitted as it comes.
 */
class SubUnitReportTests extends ReportTestSupport {

    static final Unit PROVINCE = new Unit("LDLD-TN", "Liên đoàn Lao động tỉnh Tây Ninh", "PROVINCIAL_FEDERATION",
            null);
    static final Unit DISTRICT = new Unit("LDLD-TB", "Liên đoàn Lao động thị xã Trảng Bàng", "DISTRICT_FEDERATION",
            "LDLD-TN");
    static final Unit SIBLING = new Unit("LDLD-HT", "Liên đoàn Lao động thị xã Hòa Thành", "DISTRICT_FEDERATION",
            "LDLD-TN");
    static final Unit GD = union("CDCS-TB-GD", "Công đoàn cơ sở Phòng Giáo dục và Đào tạo thị xã Trảng Bàng");
    static final Unit YT = union("CDCS-TB-YT", "Công đoàn cơ sở Trung tâm Y tế thị xã Trảng Bàng");
    static final Unit KCN = union("CDCS-TB-KCN", "Công đoàn cơ sở Công ty TNHH Dệt may Khu công nghiệp Trảng Bàng");
    static final Unit PT = union("CDCS-TB-PT", "Công đoàn cơ sở phường Trảng Bàng");
    static final Unit DT = union("CDCS-TB-DT", "Công đoàn cơ sở xã Đôn Thuận");
    static final Unit SIBLING_UNION = new Unit("CDCS-HT-01", "Công đoàn cơ sở Công ty Hòa Thành", "GRASSROOTS_UNION",
            "LDLD-HT");
    static final Unit LATE_UNION = union("CDCS-TB-AN", "Công đoàn cơ sở An Tịnh");

    private static Unit union(String code, String name) {
        return new Unit(code, name, "GRASSROOTS_UNION", "LDLD-TB");
    }

    /** The province's plan, the district's implementing plan, the sibling's, and the reports' ids by unit. */
    private record Cascade(String p, String q, String siblingQ, String cancelledQ, Map<String, String> reports) {
    }

    /**
     * P to both districts; Q of P by Trảng Bàng to five unions: KCN and GD accepted by the district, YT returned,
     * DT submitted, PT silent; the sibling's implementing plan of P with its union accepted; a cancelled
     * implementing plan of P by Trảng Bàng whose report was accepted before the cancellation.
     */
    private Cascade cascade() {
        String p = SamplePlans.newPlanId();
        publish(CascadePlans.published(p, PROVINCE, "15/KH-LĐLĐ", null, "PROVINCE", 2), units(DISTRICT, SIBLING));
        String q = SamplePlans.newPlanId();
        publish(CascadePlans.published(q, DISTRICT, "1/KH-LĐLĐ", p, "PARENT", 5), units(GD, YT, KCN, PT, DT));
        String siblingQ = SamplePlans.newPlanId();
        publish(CascadePlans.published(siblingQ, SIBLING, "3/KH-LĐLĐ", p, "PARENT", 1), units(SIBLING_UNION));
        String cancelledQ = SamplePlans.newPlanId();
        publish(CascadePlans.published(cancelledQ, DISTRICT, "2/KH-LĐLĐ", p, "PARENT", 1), units(LATE_UNION));

        Map<String, String> reports = new LinkedHashMap<>();
        reports.put(GD.code(), submit(q, GD, 6, 420, 85, "0.1", 999_999_999_999_999L, "Phối hợp Đồn Biên phòng",
                "Tuyên truyền pháp luật tại 6 trường học.", "Thiếu kinh phí"));
        reports.put(YT.code(), submit(q, YT, 3, 150, 40, "0.2", 500_000L, null,
                "Khám bệnh cho 150 lượt người.", null));
        reports.put(KCN.code(), submit(q, KCN, 10, 900, 120, "0.2", 1L, "Ca đêm",
                "Tuyên truyền cho 900 công nhân.", null));
        reports.put(DT.code(), submit(q, DT, 1, 10, 5, null, null, null, "Đang tổng hợp.", null));
        reports.put(SIBLING_UNION.code(), submit(siblingQ, SIBLING_UNION, 100, 100, 100, null, null, null,
                "Hòa Thành.", null));
        reports.put(LATE_UNION.code(), submit(cancelledQ, LATE_UNION, 1000, 1000, 1000, null, null, null,
                "Kế hoạch đã hủy.", null));

        String districtStaff = TestTokens.unitStaff(DISTRICT.code());
        review(districtStaff, reports.get(GD.code()), "accept", "{}");
        review(districtStaff, reports.get(KCN.code()), "accept", "{}");
        review(districtStaff, reports.get(YT.code()), "return", "{\"reason\":\"Bổ sung số liệu\"}");
        review(districtStaff, reports.get(LATE_UNION.code()), "accept", "{}");
        review(TestTokens.unitStaff(SIBLING.code()), reports.get(SIBLING_UNION.code()), "accept", "{}");
        sendPlanEvent(CascadePlans.CANCELLED, CascadePlans.cancelled(cancelledQ));
        awaitView(cancelledQ, v -> v.status() == PlanStatus.CANCELLED);
        return new Cascade(p, q, siblingQ, cancelledQ, reports);
    }

    @Test
    void theDistrictsReportIsTheExactSumOfItsSubUnitsAcceptedReports() {
        Cascade cascade = cascade();

        Reply reply = callAs(TestTokens.reporter(DISTRICT.code()), "GET", prefill(cascade.p(), 1, null), null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(body.get("planId").asString()).isEqualTo(cascade.p());
        assertThat(body.get("phase").asInt()).isEqualTo(1);
        assertThat(body.get("unit").get("code").asString()).isEqualTo(DISTRICT.code());
        assertThat(body.get("unit").get("name").asString()).isEqualTo(DISTRICT.name());
        assertThat(body.get("implementingPlans")).hasSize(1);
        assertThat(body.get("implementingPlans").get(0).get("planId").asString()).isEqualTo(cascade.q());
        assertThat(body.get("implementingPlans").get(0).get("number").asString()).isEqualTo("1/KH-LĐLĐ");

        // KCN and GD accepted, in the order of their names (Công ty… before Phòng…), not of their codes
        JsonNode values = body.get("values");
        assertThat(values.get("PROPAGANDA_SESSIONS").asLong()).isEqualTo(16);
        assertThat(values.get("PROPAGANDA_ATTENDEES").asLong()).isEqualTo(1320);
        assertThat(values.get("MEMBERS_PARTICIPATING").asLong()).isEqualTo(205);
        assertThat(values.get("GIFTS_VALUE_VND").asLong()).isEqualTo(1_000_000_000_000_000L);
        // exactly 0.3, not the 0.30000000000000004 of doubles
        assertThat(values.get("ROADS_KM").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(reply.body()).contains("\"ROADS_KM\":0.3");
        assertThat(values.get("NOTES").asString()).isEqualTo(KCN.name() + ": Ca đêm\n" + GD.name()
                + ": Phối hợp Đồn Biên phòng");
        assertThat(values.propertyNames()).containsExactlyInAnyOrder("PROPAGANDA_SESSIONS", "PROPAGANDA_ATTENDEES",
                "MEMBERS_PARTICIPATING", "GIFTS_VALUE_VND", "ROADS_KM", "NOTES");
        JsonNode narrative = body.get("narrative");
        assertThat(narrative.get("RESULTS").asString()).isEqualTo(KCN.name() + ":\nTuyên truyền cho 900 công nhân."
                + "\n\n" + GD.name() + ":\nTuyên truyền pháp luật tại 6 trường học.");
        assertThat(narrative.get("DIFFICULTIES").asString()).isEqualTo(GD.name() + ":\nThiếu kinh phí");
        assertThat(narrative.propertyNames()).containsExactlyInAnyOrder("RESULTS", "DIFFICULTIES");

        assertThat(texts(body.get("sources"), "unitCode")).containsExactly(KCN.code(), GD.code());
        JsonNode source = body.get("sources").get(1);
        assertThat(source.get("unitName").asString()).isEqualTo(GD.name());
        assertThat(source.get("planId").asString()).isEqualTo(cascade.q());
        assertThat(source.get("reportId").asString()).isEqualTo(cascade.reports().get(GD.code()));
        assertThat(source.get("revision").asInt()).isEqualTo(1);
        assertThat(source.get("acceptedAt").asString()).isEqualTo("2023-07-24T08:15:30Z");

        // phường… before Trung… before xã…
        assertThat(texts(body.get("notAccepted"), "unitCode")).containsExactly(PT.code(), YT.code(), DT.code());
        assertThat(texts(body.get("notAccepted"), "status")).containsExactly("NOT_SUBMITTED", "RETURNED",
                "SUBMITTED");
        assertThat(body.get("notAccepted").get(0).get("unitName").asString()).isEqualTo(PT.name());
        assertThat(reply.body()).doesNotContain(SIBLING_UNION.code()).doesNotContain(LATE_UNION.code())
                .doesNotContain(cascade.siblingQ()).doesNotContain(cascade.cancelledQ());
    }

    @Test
    void theBodySubmittedAsTheDistrictsReportIsAccepted() {
        Cascade cascade = cascade();
        String reporter = TestTokens.reporter(DISTRICT.code());
        JsonNode prefilled = callAs(reporter, "GET", prefill(cascade.p(), 1, null), null).json();
        ObjectNode body = SamplePlans.JSON.createObjectNode().put("planId", cascade.p()).put("phaseNumber", 1);
        body.set("values", prefilled.get("values"));
        body.set("narrative", prefilled.get("narrative"));

        Reply submitted = callAs(reporter, "POST", "/api/reports", body);

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        JsonNode report = submitted.json();
        assertThat(report.get("unit").get("code").asString()).isEqualTo(DISTRICT.code());
        assertThat(report.get("receivingUnitCode").asString()).isEqualTo(PROVINCE.code());
        assertThat(report.get("values").get("GIFTS_VALUE_VND").asLong()).isEqualTo(1_000_000_000_000_000L);
        assertThat(report.get("values").get("PROPAGANDA_SESSIONS").asLong()).isEqualTo(16);
        assertThat(report.get("values").get("ROADS_KM").asDouble()).isEqualTo(0.3);
        assertThat(report.get("narrative")).isEqualTo(prefilled.get("narrative"));
    }

    @Test
    void eachCallerGetsWhatTheAccessRulesSay() {
        Cascade cascade = cascade();
        String p = cascade.p();
        JsonNode asReporter = callAs(TestTokens.reporter(DISTRICT.code()), "GET", prefill(p, 1, null), null).json();

        Reply districtStaff = callAs(TestTokens.unitStaff(DISTRICT.code()), "GET", prefill(p, 1, DISTRICT.code()),
                null);
        Reply provinceStaff = callAs(TestTokens.staff(), "GET", prefill(p, 1, DISTRICT.code()), null);
        Reply provinceStaffWithoutUnit = callAs(TestTokens.staff(), "GET", prefill(p, 1, null), null);
        Reply siblingStaff = callAs(TestTokens.unitStaff(SIBLING.code()), "GET", prefill(p, 1, DISTRICT.code()),
                null);
        Reply siblingReporter = callAs(TestTokens.reporter(SIBLING.code()), "GET", prefill(p, 1, DISTRICT.code()),
                null);
        Reply siblingsOwn = callAs(TestTokens.unitStaff(SIBLING.code()), "GET", prefill(p, 1, null), null);
        Reply viewer = callAs(TestTokens.viewer(), "GET", prefill(p, 1, DISTRICT.code()), null);
        Reply union = callAs(TestTokens.reporter(GD.code()), "GET", prefill(p, 1, null), null);
        Reply unknownPhase = callAs(TestTokens.reporter(DISTRICT.code()), "GET", prefill(p, 2, null), null);
        Reply unknownPlan = callAs(TestTokens.reporter(DISTRICT.code()), "GET",
                prefill(SamplePlans.newPlanId(), 1, null), null);

        assertThat(districtStaff.status()).as(districtStaff.toString()).isEqualTo(200);
        assertThat(districtStaff.json()).isEqualTo(asReporter);
        assertThat(provinceStaff.status()).as(provinceStaff.toString()).isEqualTo(200);
        assertThat(provinceStaff.json()).isEqualTo(asReporter);
        assertThat(provinceStaffWithoutUnit.status()).isEqualTo(400);
        assertThat(provinceStaffWithoutUnit.errorFields()).containsExactly("unit");
        for (Reply hidden : List.of(siblingStaff, siblingReporter, union, unknownPhase, unknownPlan)) {
            assertThat(hidden.status()).as(hidden.toString()).isEqualTo(404);
            assertThat(hidden.header("Content-Type")).startsWith("application/problem+json");
            assertThat(hidden.body()).doesNotContain(GD.name()).doesNotContain("CDCS-TB");
        }
        assertThat(viewer.status()).isEqualTo(403);
        // the sibling district's own pre-fill holds its own union only
        assertThat(siblingsOwn.status()).as(siblingsOwn.toString()).isEqualTo(200);
        assertThat(texts(siblingsOwn.json().get("sources"), "unitCode")).containsExactly(SIBLING_UNION.code());
        assertThat(siblingsOwn.json().get("values").get("PROPAGANDA_SESSIONS").asLong()).isEqualTo(100);
        assertThat(siblingsOwn.body()).doesNotContain("CDCS-TB").doesNotContain(cascade.q());
    }

    @Test
    void aDistrictWithoutAnImplementingPlanGetsAnEmptyReport() {
        String p = SamplePlans.newPlanId();
        publish(CascadePlans.published(p, PROVINCE, "16/KH-LĐLĐ", null, "PROVINCE", 2), units(DISTRICT, SIBLING));

        Reply reply = callAs(TestTokens.reporter(DISTRICT.code()), "GET", prefill(p, 1, null), null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("unit").get("code").asString()).isEqualTo(DISTRICT.code());
        for (String empty : List.of("implementingPlans", "values", "narrative", "sources", "notAccepted")) {
            assertThat(body.get(empty)).as(empty).isEmpty();
        }
    }

    @Test
    void theImplementedPlanIsKeptWithThePlanViewAndAbsentForAPlanOfItsOwn() {
        String p = SamplePlans.newPlanId();
        publish(CascadePlans.published(p, PROVINCE, "17/KH-LĐLĐ", null, "PROVINCE", 1), units(DISTRICT));
        String q = SamplePlans.newPlanId();
        publish(CascadePlans.published(q, DISTRICT, "4/KH-LĐLĐ", p, "PARENT", 1), units(GD));
        String v1 = SamplePlans.newPlanId();
        publish(SamplePlans.published(v1, List.of(DISTRICT.code())));

        PlanView implementing = planViews.find(q).orElseThrow();
        assertThat(implementing.implementsPlanId()).isEqualTo(p);
        assertThat(implementing.issuer().code()).isEqualTo(DISTRICT.code());
        assertThat(implementing.number()).isEqualTo("4/KH-LĐLĐ");
        assertThat(planViews.find(p).orElseThrow().implementsPlanId()).isNull();
        assertThat(planViews.find(v1).orElseThrow().implementsPlanId()).isNull();
        assertThat(planViews.implementing(p, DISTRICT.code())).extracting(PlanView::planId).containsExactly(q);
        assertThat(planViews.implementing(p, SIBLING.code())).isEmpty();
    }

    private static Map<String, Unit> units(Unit... units) {
        Map<String, Unit> byCode = new LinkedHashMap<>();
        for (Unit unit : units) {
            byCode.put(unit.code(), unit);
        }
        return byCode;
    }

    /** Sends a v2 plan and its chunk of recipients, and waits until its last unit may report. */
    private void publish(ObjectNode plan, Map<String, Unit> units) {
        String planId = plan.get("planId").asString();
        sendPlanEvent(CascadePlans.PUBLISHED_V2, plan);
        sendPlanEvent(CascadePlans.LISTED, CascadePlans.recipients(planId, units));
        String last = new ArrayList<>(units.keySet()).get(units.size() - 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> planViews.forUnit(planId, last)
                .flatMap(v -> v.mustReportUnit(last)).isPresent());
    }

    private String submit(String planId, Unit unit, long sessions, long attendees, long members, String roadsKm,
                          Long giftsVnd, String notes, String results, String difficulties) {
        ObjectNode body = SamplePlans.JSON.createObjectNode().put("planId", planId).put("phaseNumber", 1);
        ObjectNode values = body.putObject("values").put("PROPAGANDA_SESSIONS", sessions)
                .put("PROPAGANDA_ATTENDEES", attendees).put("MEMBERS_PARTICIPATING", members);
        if (roadsKm != null) {
            values.put("ROADS_KM", new BigDecimal(roadsKm));
        }
        if (giftsVnd != null) {
            values.put("GIFTS_VALUE_VND", giftsVnd);
        }
        if (notes != null) {
            values.put("NOTES", notes);
        }
        ObjectNode narrative = body.putObject("narrative").put("RESULTS", results);
        if (difficulties != null) {
            narrative.put("DIFFICULTIES", difficulties);
        }
        Reply reply = callAs(TestTokens.reporter(unit.code()), "POST", "/api/reports", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    private void review(String token, String reportId, String decision, String body) {
        Reply reply = callAs(token, "POST", "/api/reports/" + reportId + "/" + decision, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("lastReview").get("level").asString()).isEqualTo("PARENT");
    }

    private static String prefill(String planId, int phase, String unit) {
        return "/api/reports/from-sub-units?planId=" + planId + "&phase=" + phase + (unit == null ? "" : "&unit="
                + unit);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(field).asString()));
        return texts;
    }
}
