package vn.ldld.report.cascade;

import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.report.SamplePlans;

/**
 * Plan events of a cascade, made from the contract's v2 example: the province's plan addressed to districts, and
 * a district's implementing plan of it addressed to its grassroots unions, each followed by its one chunk of
 * recipients. The template has the example's indicators and sections and a text indicator {@code NOTES}.
 */
final class CascadePlans {

    static final String PUBLISHED_V2 = "vn.ldld.plan.published.v2";
    static final String LISTED = "vn.ldld.plan.recipients-listed.v1";
    static final String CANCELLED = "vn.ldld.plan.cancelled.v1";

    private CascadePlans() {
    }

    /** A unit as the plan events name it. */
    record Unit(String code, String name, String kind, String parentCode) {
    }

    /**
     * PlanPublished v2 of plan {@code planId} issued by {@code issuer}, implementing {@code implementsPlanId} (null
     * for a plan of its own), reviewed by {@code reviewBy}, with {@code mustReport} must-report units in one chunk.
     */
    static ObjectNode published(String planId, Unit issuer, String number, String implementsPlanId, String reviewBy,
                                int mustReport) {
        ObjectNode event = (ObjectNode) SamplePlans.JSON.readTree(SamplePlans.CONTRACTS.example("plan-published.v2"));
        event.put("planId", planId);
        ObjectNode plan = (ObjectNode) event.get("plan");
        plan.put("planId", planId).put("number", number).put("reviewBy", reviewBy);
        plan.set("issuer", unit(issuer));
        if (implementsPlanId != null) {
            plan.put("implementsPlanId", implementsPlanId);
        }
        plan.putObject("recipientSummary").put("mustReport", mustReport).put("forInformation", 0).put("chunks", 1);
        ((ArrayNode) plan.get("template").get("indicators")).addObject().put("code", "NOTES").put("label", "Ghi chú")
                .put("type", "TEXT").put("required", false);
        return event;
    }

    /** The one PlanRecipientsListed of version 1 of {@code planId}: {@code units} must report. */
    static ObjectNode recipients(String planId, Map<String, Unit> units) {
        ObjectNode chunk = SamplePlans.JSON.createObjectNode().put("planId", planId).put("version", 1)
                .put("chunk", 1).put("chunks", 1);
        ArrayNode listed = chunk.putArray("recipients");
        units.values().forEach(u -> {
            ObjectNode recipient = listed.addObject();
            recipient.set("unit", unit(u));
            recipient.put("role", "MUST_REPORT");
        });
        return chunk;
    }

    static ObjectNode cancelled(String planId) {
        return SamplePlans.cancelled(planId);
    }

    private static ObjectNode unit(Unit unit) {
        ObjectNode node = SamplePlans.JSON.createObjectNode().put("code", unit.code()).put("name", unit.name())
                .put("kind", unit.kind());
        if (unit.parentCode() == null) {
            node.putNull("parentCode");
        } else {
            node.put("parentCode", unit.parentCode());
        }
        return node;
    }
}
