package vn.ldld.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;

/** Plan and report events for the tests, built from the contract's examples so that they stay valid. */
public final class TestPlans {

    public static final ObjectMapper JSON = JsonMapper.builder().build();
    public static final EventContracts CONTRACTS = new EventContracts();
    public static final String PARENT = "LDLD-TN";

    private TestPlans() {
    }

    /** A short random tag that keeps one test's unit codes apart from another's. */
    public static String tag() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }

    /**
     * PlanPublished of a new plan: one phase with {@code deadline}, the province federation as issuer and parent,
     * the units {@code <tag>-<code>} for each of {@code mustReport} (parent LDLD-TN) and one informed-only unit
     * {@code <tag>-INFO}.
     */
    public static ObjectNode published(String planId, Instant publishedAt, Instant deadline, String tag,
                                       String... mustReport) {
        ObjectNode event = (ObjectNode) JSON.readTree(CONTRACTS.example("plan-published"));
        event.put("planId", planId);
        event.put("publishedAt", publishedAt.toString());
        ObjectNode plan = (ObjectNode) event.get("plan");
        plan.put("planId", planId);
        ((ObjectNode) plan.get("phases").get(0)).put("reportDeadline", deadline.toString());
        ArrayNode recipients = plan.putArray("recipients");
        recipients.add(recipient(tag + "-INFO", "Ban Dân vận Tỉnh ủy Tây Ninh", "PARTNER_AGENCY", null,
                "FOR_INFORMATION"));
        for (String code : mustReport) {
            recipients.add(recipient(tag + "-" + code, "Liên đoàn Lao động huyện " + code, "DISTRICT_FEDERATION",
                    PARENT, "MUST_REPORT"));
        }
        validate("plan-published", event);
        return event;
    }

    public static ObjectNode recipient(String code, String name, String kind, String parent, String role) {
        ObjectNode recipient = JSON.createObjectNode();
        ObjectNode unit = recipient.putObject("unit");
        unit.put("code", code);
        unit.put("name", name);
        unit.put("kind", kind);
        if (parent == null) {
            unit.putNull("parentCode");
        } else {
            unit.put("parentCode", parent);
        }
        recipient.put("role", role);
        return recipient;
    }

    /** ReportSubmitted of {@code unitCode} for phase 1. */
    public static ObjectNode submitted(String planId, String unitCode, Instant receivedAt, Instant deadline,
                                       int receiptNumber) {
        ObjectNode event = (ObjectNode) JSON.readTree(CONTRACTS.example("report-submitted"));
        event.put("reportId", UUID.randomUUID().toString());
        event.put("planId", planId);
        event.put("phaseNumber", 1);
        ObjectNode unit = (ObjectNode) event.get("unit");
        unit.put("code", unitCode);
        unit.put("name", "Liên đoàn Lao động huyện " + unitCode);
        unit.remove("shortName");
        unit.put("parentCode", PARENT);
        event.put("receiptNumber", receiptNumber);
        event.put("receiptYear", 2023);
        event.put("receivedAt", receivedAt.toString());
        event.put("deadline", deadline.toString());
        boolean onTime = receivedAt.isBefore(deadline);
        event.put("onTime", onTime);
        event.put("lateSeconds", onTime ? 0 : receivedAt.getEpochSecond() - deadline.getEpochSecond());
        validate("report-submitted", event);
        return event;
    }

    /**
     * ReportRevised of the report {@link #submitted} made: revision {@code revision} received at {@code revisedAt},
     * {@code status} SUBMITTED for a revision before review, RESUBMITTED after a return.
     */
    public static ObjectNode revised(ObjectNode submitted, int revision, String status, Instant revisedAt) {
        ObjectNode event = (ObjectNode) JSON.readTree(CONTRACTS.example("report-revised"));
        for (String field : List.of("reportId", "planId", "phaseNumber", "unit", "receiptNumber", "receiptYear",
                "receivingUnitCode", "receivedAt", "deadline", "onTime", "lateSeconds")) {
            event.set(field, submitted.get(field).deepCopy());
        }
        event.put("revision", revision);
        event.put("status", status);
        event.put("revisedAt", revisedAt.toString());
        validate("report-revised", event);
        return event;
    }

    private static void validate(String name, JsonNode event) {
        CONTRACTS.validate(name, JSON.writeValueAsString(event));
    }
}
