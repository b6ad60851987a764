package vn.ldld.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InboundEvent;

/**
 * Plans that cascade, phase 1: the province's plan P to three districts; Trảng Bàng's and Gò Dầu's implementing plans
 * to their grassroots unions; a grassroots union's own plan implementing Trảng Bàng's, to its union sections (công đoàn bộ phận).
 *
 * <pre>
 * P     LDLD-TN      → LDLD-TB (on time, submitted), LDLD-GD (late), LDLD-HT (nothing)        due 25/7 17:00Z
 * Q_TB  LDLD-TB  ⊂ P → CDCS-TB-GD (on time, accepted), CDCS-TB-YT (on time, returned),
 *                      CDCS-TB-KCN (late, submitted), CDCS-TB-PT (nothing)                     due 22/7 17:00Z
 * Q_GD  LDLD-GD  ⊂ P → CDCS-GD-01 (on time, accepted), CDCS-GD-02 (nothing)                   due 22/7 17:00Z
 * R     CDCS-TB-KCN ⊂ Q_TB → CDBP-KCN-1 (on time), CDBP-KCN-2 (nothing)                        due 20/7 17:00Z
 * </pre>
 *
 * The plan events are v2 ({@code implementsPlanId} and their recipients in chunks); they are checked against the
 * published schema as a consumer reads it, the report events strictly.
 */
public final class Cascade {

    public static final String P = uuid("plan-P");
    public static final String Q_TB = uuid("plan-Q-TB");
    public static final String Q_GD = uuid("plan-Q-GD");
    public static final String R_KCN = uuid("plan-R-KCN");

    public static final Instant P_DEADLINE = Instant.parse("2023-07-25T17:00:00Z");
    public static final Instant Q_DEADLINE = Instant.parse("2023-07-22T17:00:00Z");
    public static final Instant R_DEADLINE = Instant.parse("2023-07-20T17:00:00Z");

    public static final ObjectNode TN = Events.unit("LDLD-TN", "Liên đoàn Lao động tỉnh Tây Ninh",
            "PROVINCIAL_FEDERATION", null);
    public static final ObjectNode TB = Events.district("LDLD-TB", "Liên đoàn Lao động thị xã Trảng Bàng");
    public static final ObjectNode GD = Events.district("LDLD-GD", "Liên đoàn Lao động huyện Gò Dầu");
    public static final ObjectNode HT = Events.district("LDLD-HT", "Liên đoàn Lao động thị xã Hòa Thành");
    public static final ObjectNode TB_GD = grassroots("CDCS-TB-GD", "Công đoàn cơ sở Phòng Giáo dục và Đào tạo thị xã "
            + "Trảng Bàng", "LDLD-TB");
    public static final ObjectNode TB_YT = grassroots("CDCS-TB-YT", "Công đoàn cơ sở Trung tâm Y tế thị xã Trảng Bàng",
            "LDLD-TB");
    public static final ObjectNode TB_KCN = grassroots("CDCS-TB-KCN", "Công đoàn cơ sở Công ty TNHH Dệt may Khu công "
            + "nghiệp Trảng Bàng", "LDLD-TB");
    public static final ObjectNode TB_PT = grassroots("CDCS-TB-PT", "Công đoàn cơ sở phường Trảng Bàng", "LDLD-TB");
    public static final ObjectNode GD_01 = grassroots("CDCS-GD-01", "Công đoàn cơ sở Công ty Giày Gò Dầu", "LDLD-GD");
    public static final ObjectNode GD_02 = grassroots("CDCS-GD-02", "Công đoàn cơ sở Trường THPT Gò Dầu", "LDLD-GD");
    public static final ObjectNode KCN_1 = grassroots("CDBP-KCN-1", "Công đoàn bộ phận Phân xưởng dệt", "CDCS-TB-KCN");
    public static final ObjectNode KCN_2 = grassroots("CDBP-KCN-2", "Công đoàn bộ phận Phân xưởng may", "CDCS-TB-KCN");

    private static final Instant PUBLISHED = Instant.parse("2023-07-12T02:30:00Z");

    private Cascade() {
    }

    /** The plans published and the reports, in the order things happened. */
    public static List<InboundEvent> events() {
        List<InboundEvent> events = new ArrayList<>();
        events.addAll(published(P, 1, "15/KH-LĐLĐ", TN, null, P_DEADLINE, PUBLISHED, List.of(TB, GD, HT)));
        events.addAll(published(Q_TB, 1, "21/KH-LĐLĐ", TB, P, Q_DEADLINE, PUBLISHED.plusSeconds(86_400),
                List.of(TB_GD, TB_YT, TB_KCN, TB_PT)));
        events.addAll(published(Q_GD, 1, "18/KH-LĐLĐ", GD, P, Q_DEADLINE, PUBLISHED.plusSeconds(2 * 86_400),
                List.of(GD_01, GD_02)));
        events.addAll(published(R_KCN, 1, "05/KH-CĐCS", TB_KCN, Q_TB, R_DEADLINE, PUBLISHED.plusSeconds(3 * 86_400),
                List.of(KCN_1, KCN_2)));
        events.add(submitted(R_KCN, "r-kcn-1", KCN_1, Instant.parse("2023-07-19T02:00:00Z"), R_DEADLINE));
        events.add(submitted(Q_TB, "q-tb-gd", TB_GD, Instant.parse("2023-07-20T02:00:00Z"), Q_DEADLINE));
        events.add(submitted(Q_TB, "q-tb-yt", TB_YT, Instant.parse("2023-07-21T02:00:00Z"), Q_DEADLINE));
        events.add(submitted(Q_GD, "q-gd-01", GD_01, Instant.parse("2023-07-21T03:00:00Z"), Q_DEADLINE));
        events.add(accepted(Q_TB, "q-tb-gd", "CDCS-TB-GD", "LDLD-TB", Instant.parse("2023-07-22T01:00:00Z")));
        events.add(returned(Q_TB, "q-tb-yt", "CDCS-TB-YT", "LDLD-TB", Instant.parse("2023-07-22T01:30:00Z")));
        events.add(accepted(Q_GD, "q-gd-01", "CDCS-GD-01", "LDLD-GD", Instant.parse("2023-07-22T02:00:00Z")));
        events.add(submitted(Q_TB, "q-tb-kcn", TB_KCN, Instant.parse("2023-07-23T02:00:00Z"), Q_DEADLINE));
        events.add(submitted(P, "p-tb", TB, Instant.parse("2023-07-24T02:00:00Z"), P_DEADLINE));
        events.add(submitted(P, "p-gd", GD, Instant.parse("2023-07-26T02:00:00Z"), P_DEADLINE));
        return events;
    }

    /**
     * The events of a plan version published at {@code at}: the v2 plan event ({@code implementsPlanId} when
     * {@code implementsPlanId} is not null) and one chunk listing {@code units} as must-report.
     */
    public static List<InboundEvent> published(String planId, int version, String number, ObjectNode issuer,
                                               String implementsPlanId, Instant deadline, Instant at,
                                               List<ObjectNode> units) {
        ObjectNode event = Events.example("plan-published.v2").put("planId", planId).put("version", version)
                .put("publishedAt", at.toString());
        event.set("plan", snapshot(planId, version, number, issuer, implementsPlanId, deadline, units.size()));
        return plan("plan-published.v2", event, at, units);
    }

    /** Version {@code version} of a plan amended at {@code at}: phase 1 due at {@code deadline}, the same units. */
    public static List<InboundEvent> amended(String planId, int version, String number, ObjectNode issuer,
                                             String implementsPlanId, Instant deadline, Instant at,
                                             List<ObjectNode> units) {
        ObjectNode event = Events.example("plan-amended.v2").put("planId", planId).put("version", version)
                .put("previousVersion", version - 1).put("amendedAt", at.toString())
                .put("reason", "Gia hạn thời hạn gửi báo cáo đợt 1.");
        ArrayNode changes = event.putArray("changes");
        changes.addObject().put("kind", "DEADLINE_CHANGED").put("phaseNumber", 1)
                .put("field", "phases[0].reportDeadline").put("to", deadline.toString());
        event.set("plan", snapshot(planId, version, number, issuer, implementsPlanId, deadline, units.size()));
        return plan("plan-amended.v2", event, at, units);
    }

    /** A first submission to {@code planId} under its version 1, judged against {@code deadline}. */
    public static InboundEvent submitted(String planId, String reportName, ObjectNode unit, Instant receivedAt,
                                         Instant deadline) {
        ObjectNode payload = (ObjectNode) Events.JSON.readTree(
                Events.submitted(reportName, unit, receivedAt, deadline, 1, Events.values("PROPAGANDA_SESSIONS", 1))
                        .payload());
        payload.put("planId", planId).put("receivingUnitCode", unit.get("parentCode").asString());
        return Events.event("report-submitted", payload, receivedAt);
    }

    /** The parent unit {@code reviewer} accepted revision 1. */
    public static InboundEvent accepted(String planId, String reportName, String unitCode, String reviewer,
                                        Instant at) {
        ObjectNode payload = (ObjectNode) Events.JSON.readTree(Events.accepted(reportName, unitCode, 1, at).payload());
        payload.put("planId", planId).put("parentUnitCode", reviewer).put("reviewLevel", "PARENT")
                .put("reviewerUnitCode", reviewer);
        return Events.event("report-accepted", payload, at);
    }

    /** The parent unit {@code reviewer} returned revision 1. */
    public static InboundEvent returned(String planId, String reportName, String unitCode, String reviewer,
                                        Instant at) {
        ObjectNode payload = (ObjectNode) Events.JSON.readTree(Events.returned(reportName, unitCode, 1, at).payload());
        payload.put("planId", planId).put("parentUnitCode", reviewer).put("reviewLevel", "PARENT")
                .put("reviewerUnitCode", reviewer);
        return Events.event("report-returned", payload, at);
    }

    private static ObjectNode snapshot(String planId, int version, String number, ObjectNode issuer,
                                       String implementsPlanId, Instant deadline, int mustReport) {
        ObjectNode plan = (ObjectNode) Events.example("plan-published.v2").get("plan");
        plan.put("planId", planId).put("version", version).put("number", number)
                .put("title", "triển khai kế hoạch phối hợp tham gia làm công tác dân vận đợt I/2023");
        plan.set("issuer", issuer);
        ((ObjectNode) plan.get("phases").get(0)).put("reportDeadline", deadline.toString());
        plan.putObject("recipientSummary").put("mustReport", mustReport).put("forInformation", 0).put("chunks", 1);
        ArrayNode rules = plan.putArray("recipientRules");
        rules.addObject().put("under", issuer.get("code").asString()).put("depth", "CHILDREN")
                .put("role", "MUST_REPORT");
        if (implementsPlanId != null) {
            plan.put("implementsPlanId", implementsPlanId).put("reviewBy", "PARENT");
        } else {
            plan.remove("implementsPlanId");
        }
        return plan;
    }

    private static List<InboundEvent> plan(String name, ObjectNode event, Instant at, List<ObjectNode> units) {
        String planId = event.get("planId").asString();
        String json = Events.JSON.writeValueAsString(event);
        // the published schema as a consumer reads it: implementsPlanId may not be declared in it yet
        Events.CONTRACTS.validateTolerant(name, json);
        ObjectNode chunk = Events.JSON.createObjectNode().put("planId", planId)
                .put("version", event.get("version").asInt()).put("chunk", 1).put("chunks", 1);
        ArrayNode listed = chunk.putArray("recipients");
        units.forEach(unit -> listed.addObject().put("role", "MUST_REPORT").set("unit", unit));
        return List.of(inbound(name, planId, at, json),
                inbound("plan-recipients-listed", planId, at, Events.JSON.writeValueAsString(chunk)));
    }

    private static InboundEvent inbound(String name, String key, Instant at, String json) {
        if (!name.endsWith(".v2")) {
            Events.CONTRACTS.validate(name, json);
        }
        return new InboundEvent(new EventMetadata(UUID.randomUUID().toString(), Events.CONTRACTS.ceType(name),
                "/test", key, at, null), Events.CONTRACTS.topic(name), 0, 0, key, json);
    }

    private static ObjectNode grassroots(String code, String name, String parent) {
        return Events.unit(code, name, "GRASSROOTS_UNION", parent);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
