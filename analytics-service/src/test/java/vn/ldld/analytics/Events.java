package vn.ldld.analytics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InboundEvent;

/** Contract-valid events for tests, built from the contract's examples. */
public final class Events {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final EventContracts CONTRACTS = new EventContracts();
    public static final String PLAN_ID = "5b0e7c1a-3d2f-4e8b-9a6c-1f2e3d4c5b6a";
    public static final Instant DEADLINE_V1 = Instant.parse("2023-07-25T17:00:00Z");
    public static final Instant DEADLINE_V2 = Instant.parse("2023-07-28T17:00:00Z");

    private Events() {
    }

    public static ObjectNode example(String name) {
        return (ObjectNode) JSON.readTree(CONTRACTS.example(name));
    }

    /** The event {@code name} (e.g. {@code report-submitted}) with this payload, checked against its schema. */
    public static InboundEvent event(String name, ObjectNode payload, Instant time) {
        String json = JSON.writeValueAsString(payload);
        CONTRACTS.validate(name, json);
        String keyField = CONTRACTS.key(name);
        String key = keyField.contains(".") ? payload.get("unit").get("code").asString()
                : payload.get(keyField).asString();
        return new InboundEvent(new EventMetadata(UUID.randomUUID().toString(), CONTRACTS.ceType(name), "/test",
                key, time, null), CONTRACTS.topic(name), 0, 0, key, json);
    }

    public static InboundEvent published() {
        return event("plan-published", example("plan-published"), Instant.parse("2023-07-12T02:30:00Z"));
    }

    /** Version 2: deadline 28/7 (17:00Z), CĐ Viên chức tỉnh added. */
    public static InboundEvent amendedV2() {
        return event("plan-amended", example("plan-amended"), Instant.parse("2023-07-20T03:00:00Z"));
    }

    /** Version 3 on top of version 2: {@code removed} leaves the recipients and {@code added} joins them. */
    public static InboundEvent amendedV3(String removed, ObjectNode added) {
        ObjectNode event = example("plan-amended");
        event.put("version", 3).put("previousVersion", 2).put("amendedAt", "2023-07-22T03:00:00Z");
        ArrayNode changes = event.putArray("changes");
        changes.addObject().put("kind", "RECIPIENT_REMOVED").put("unitCode", removed).put("field", "recipients");
        changes.addObject().put("kind", "RECIPIENT_ADDED").put("unitCode", added.get("code").asString())
                .put("field", "recipients");
        ObjectNode plan = (ObjectNode) event.get("plan");
        plan.put("version", 3);
        ArrayNode recipients = (ArrayNode) plan.get("recipients");
        for (int i = recipients.size() - 1; i >= 0; i--) {
            if (recipients.get(i).get("unit").get("code").asString().equals(removed)) {
                recipients.remove(i);
            }
        }
        recipients.addObject().put("role", "MUST_REPORT").set("unit", added);
        return event("plan-amended", event, Instant.parse("2023-07-22T03:00:00Z"));
    }

    /** Version {@code version} of the example plan, amended at {@code at}: phase 1 due at {@code deadline}. */
    public static InboundEvent amended(int version, Instant deadline, Instant at) {
        ObjectNode event = example("plan-amended");
        event.put("version", version).put("previousVersion", version - 1).put("amendedAt", at.toString());
        ArrayNode changes = event.putArray("changes");
        changes.addObject().put("kind", "DEADLINE_CHANGED").put("phaseNumber", 1)
                .put("field", "phases[0].reportDeadline").put("to", deadline.toString());
        ObjectNode plan = (ObjectNode) event.get("plan");
        plan.put("version", version);
        ((ObjectNode) plan.get("phases").get(0)).put("reportDeadline", deadline.toString());
        return event("plan-amended", event, at);
    }

    public static ObjectNode unit(String code, String name, String kind, String parent) {
        ObjectNode unit = JSON.createObjectNode().put("code", code).put("name", name).put("kind", kind);
        return parent == null ? unit.putNull("parentCode") : unit.put("parentCode", parent);
    }

    public static ObjectNode district(String code, String name) {
        return unit(code, name, "DISTRICT_FEDERATION", "LDLD-TN");
    }

    /** A first submission, judged against {@code deadline}. */
    public static InboundEvent submitted(String reportId, ObjectNode unit, Instant receivedAt, Instant deadline,
                                         Map<String, Number> values) {
        ObjectNode event = report(reportId, unit, receivedAt, deadline, 1, values);
        event.put("status", "SUBMITTED");
        return event("report-submitted", event, receivedAt);
    }

    /** A first submission received under plan version {@code planVersion}, judged against {@code deadline}. */
    public static InboundEvent submitted(String reportId, ObjectNode unit, Instant receivedAt, Instant deadline,
                                         int planVersion, Map<String, Number> values) {
        ObjectNode event = report(reportId, unit, receivedAt, deadline, 1, values);
        event.put("status", "SUBMITTED").put("planVersion", planVersion);
        return event("report-submitted", event, receivedAt);
    }

    /** A revision of a report first received at {@code receivedAt}. */
    public static InboundEvent revised(String reportId, ObjectNode unit, Instant receivedAt, Instant deadline,
                                       int revision, String status, Instant revisedAt, Map<String, Number> values) {
        ObjectNode event = report(reportId, unit, receivedAt, deadline, revision, values);
        event.put("status", status).put("revisedAt", revisedAt.toString()).put("revisedBy", "unit.user");
        return event("report-revised", event, revisedAt);
    }

    public static InboundEvent returned(String reportId, String unitCode, int revision, Instant at) {
        ObjectNode event = example("report-returned").put("reportId", reportId(reportId)).put("unitCode", unitCode)
                .put("revision", revision).put("returnedAt", at.toString());
        return event("report-returned", event, at);
    }

    public static InboundEvent accepted(String reportId, String unitCode, int revision, Instant at) {
        ObjectNode event = example("report-accepted").put("reportId", reportId(reportId)).put("unitCode", unitCode)
                .put("revision", revision).put("acceptedAt", at.toString());
        return event("report-accepted", event, at);
    }

    public static InboundEvent overdue(ObjectNode unit, Instant deadline) {
        ObjectNode event = example("report-overdue").put("deadline", deadline.toString())
                .put("detectedAt", deadline.plusSeconds(5).toString());
        event.set("unit", unit);
        return event("report-overdue", event, deadline.plusSeconds(5));
    }

    public static InboundEvent reminder(String unitCode, Instant sentAt) {
        ObjectNode event = example("reminder-sent").put("notificationId", UUID.randomUUID().toString())
                .put("unitCode", unitCode).put("subjectUnitCode", unitCode).put("sentAt", sentAt.toString());
        return event("reminder-sent", event, sentAt);
    }

    /** The same event delivered again (same {@code ce_id}). */
    public static InboundEvent again(InboundEvent event) {
        return new InboundEvent(event.metadata(), event.topic(), event.partition(), event.offset() + 1, event.key(),
                event.payload());
    }

    /** A stable UUID for a readable report name such as {@code r-gd}. */
    public static String reportId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    public static Map<String, Number> values(Object... codeValuePairs) {
        Map<String, Number> values = new LinkedHashMap<>();
        for (int i = 0; i < codeValuePairs.length; i += 2) {
            values.put((String) codeValuePairs[i], (Number) codeValuePairs[i + 1]);
        }
        return values;
    }

    private static ObjectNode report(String reportId, ObjectNode unit, Instant receivedAt, Instant deadline,
                                     int revision, Map<String, Number> values) {
        ObjectNode event = example("report-submitted").put("reportId", reportId(reportId))
                .put("receivedAt", receivedAt.toString()).put("deadline", deadline.toString())
                .put("revision", revision);
        boolean onTime = receivedAt.isBefore(deadline);
        event.put("onTime", onTime).put("lateSeconds", onTime ? 0 : receivedAt.getEpochSecond()
                - deadline.getEpochSecond());
        event.set("unit", unit);
        ObjectNode valueNode = event.putObject("values");
        values.forEach((code, value) -> valueNode.put(code, new java.math.BigDecimal(value.toString())));
        event.putObject("narrative").put("RESULTS", "Kết quả của " + unit.get("name").asString() + ".");
        return event;
    }
}
