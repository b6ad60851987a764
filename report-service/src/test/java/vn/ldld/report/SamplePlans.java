package vn.ldld.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;

/** Plan events and report bodies made from the contract's examples. */
public final class SamplePlans {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final EventContracts CONTRACTS = new EventContracts();
    /** The example plan's phase 1 deadline: "trước ngày 26/7/2023". */
    public static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");

    private SamplePlans() {
    }

    /** The example PlanPublished with a new plan id. */
    public static ObjectNode published(String planId) {
        ObjectNode event = (ObjectNode) JSON.readTree(CONTRACTS.example("plan-published"));
        event.put("planId", planId);
        ((ObjectNode) event.get("plan")).put("planId", planId);
        return event;
    }

    /** The example PlanPublished with a new plan id and {@code units} as its must-report recipients. */
    public static ObjectNode published(String planId, List<String> units) {
        ObjectNode event = published(planId);
        ArrayNode recipients = ((ObjectNode) event.get("plan")).putArray("recipients");
        for (String code : units) {
            ObjectNode recipient = recipients.addObject();
            recipient.putObject("unit").put("code", code).put("name", "Công đoàn cơ sở " + code)
                    .put("kind", "GRASSROOTS_UNION").put("parentCode", "LDLD-TN");
            recipient.put("role", "MUST_REPORT");
        }
        return event;
    }

    /**
     * The example PlanPublished with a new plan id and {@code parentByUnit}'s units (code to parent code) as its
     * must-report recipients: a unit under the province federation LDLD-TN is a district federation, any other a
     * grassroots union under its district.
     */
    public static ObjectNode published(String planId, java.util.Map<String, String> parentByUnit) {
        ObjectNode event = published(planId);
        ArrayNode recipients = ((ObjectNode) event.get("plan")).putArray("recipients");
        parentByUnit.forEach((code, parent) -> {
            ObjectNode recipient = recipients.addObject();
            recipient.putObject("unit").put("code", code).put("name", "Công đoàn " + code)
                    .put("kind", "LDLD-TN".equals(parent) ? "DISTRICT_FEDERATION" : "GRASSROOTS_UNION")
                    .put("parentCode", parent);
            recipient.put("role", "MUST_REPORT");
        });
        return event;
    }

    /** The example PlanAmended for {@code planId} (version 2, deadline extended to 2023-07-28T17:00Z). */
    public static ObjectNode amended(String planId) {
        ObjectNode event = (ObjectNode) JSON.readTree(CONTRACTS.example("plan-amended"));
        event.put("planId", planId);
        ((ObjectNode) event.get("plan")).put("planId", planId);
        return event;
    }

    /** The example PlanAmended for {@code planId} as version {@code version}, phase 1 due at {@code deadline}. */
    public static ObjectNode amended(String planId, long version, Instant deadline) {
        ObjectNode event = amended(planId);
        event.put("version", version);
        event.put("previousVersion", version - 1);
        ObjectNode plan = (ObjectNode) event.get("plan");
        plan.put("version", version);
        ((ObjectNode) plan.get("phases").get(0)).put("reportDeadline", deadline.toString());
        return event;
    }

    public static ObjectNode closed(String planId) {
        ObjectNode event = (ObjectNode) JSON.readTree(CONTRACTS.example("plan-closed"));
        event.put("planId", planId);
        return event;
    }

    public static ObjectNode cancelled(String planId) {
        ObjectNode event = (ObjectNode) JSON.readTree(CONTRACTS.example("plan-cancelled"));
        event.put("planId", planId);
        return event;
    }

    /** A valid report of {@code unitCode} for phase 1 of {@code planId}: the values of the contract's example. */
    public static ObjectNode report(String planId, String unitCode) {
        ObjectNode example = (ObjectNode) JSON.readTree(CONTRACTS.example("report-submitted"));
        ObjectNode body = JSON.createObjectNode();
        body.put("planId", planId);
        body.put("phaseNumber", 1);
        body.put("unitCode", unitCode);
        body.set("values", example.get("values"));
        body.set("narrative", example.get("narrative"));
        body.put("submittedBy", "ldld-gd.tuyengiao");
        return body;
    }

    public static String newPlanId() {
        return UUID.randomUUID().toString();
    }
}
