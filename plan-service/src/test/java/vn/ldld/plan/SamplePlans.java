package vn.ldld.plan;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.plan.plans.PlanContent;

/**
 * The demo plan (Kế hoạch phối hợp tham gia làm công tác dân vận đợt I/2023 of LĐLĐ tỉnh Tây Ninh) as a draft
 * request, taken from the contract's plan-published example minus what publication adds.
 */
public final class SamplePlans {

    /** A plain mapper for the tests. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** Fields of the published snapshot that the author does not write. */
    public static final String[] ASSIGNED_AT_PUBLICATION = {"planId", "version", "number", "sequence", "year"};

    private static final ObjectNode EXAMPLE_PLAN =
            (ObjectNode) JSON.readTree(new EventContracts().example("plan-published")).get("plan");

    private SamplePlans() {
    }

    /** The plan as published in the contract example. */
    public static ObjectNode examplePlan() {
        return EXAMPLE_PLAN.deepCopy();
    }

    /** The body of a create request for the demo plan, issued by {@code issuerCode}. */
    public static ObjectNode draft(String issuerCode) {
        return toContent(examplePlan(), issuerCode);
    }

    /** The content of the demo plan at version 2, as in the contract's plan-amended example. */
    public static ObjectNode amendedDraft(String issuerCode) {
        ObjectNode plan = (ObjectNode) JSON.readTree(new EventContracts().example("plan-amended")).get("plan");
        return toContent(plan, issuerCode);
    }

    /** The content part of a plan snapshot, issued by {@code issuerCode}. */
    public static ObjectNode toContent(ObjectNode snapshot, String issuerCode) {
        ObjectNode draft = snapshot.deepCopy();
        for (String field : ASSIGNED_AT_PUBLICATION) {
            draft.remove(field);
        }
        draft.remove("issuedOn");
        for (JsonNode phase : draft.get("phases")) {
            ((ObjectNode) phase).remove("timeZone");
        }
        ((ObjectNode) draft.get("issuer")).put("code", issuerCode);
        return draft;
    }

    /** The demo plan's content. */
    public static PlanContent content() {
        return JSON.treeToValue(draft("LDLD-TN"), PlanContent.class);
    }
}
