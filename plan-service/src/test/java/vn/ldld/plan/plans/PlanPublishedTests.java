package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.plan.SamplePlans;
import vn.ldld.plan.plans.events.PlanPublished;

class PlanPublishedTests {

    private final EventContracts contracts = new EventContracts();

    @Test
    void theEventOfTheDemoPlanIsTheContractsExample() {
        Plan draft = Plan.draft("5b0e7c1a-3d2f-4e8b-9a6c-1f2e3d4c5b6a", SamplePlans.content(),
                Instant.parse("2023-07-10T00:00:00Z"));
        Plan published = draft.publish(PlanNumber.of(15, 2023, "LĐLĐ"), Instant.parse("2023-07-12T02:30:00Z"),
                "ldld-tn.tuyengiao");

        String json = SamplePlans.JSON.writeValueAsString(PlanPublished.of(published));

        contracts.validate("plan-published", json);
        assertThat(SamplePlans.JSON.readTree(json)).isEqualTo(SamplePlans.JSON.readTree(contracts.example("plan-published")));
    }

    @Test
    void omitsAbsentOptionalFieldsButWritesANullParentCode() {
        ObjectNode draftJson = SamplePlans.draft("LDLD-TN");
        ((ObjectNode) draftJson.get("issuer")).remove("shortName");
        ((ObjectNode) draftJson.get("phases").get(0)).remove("name");
        ((ObjectNode) draftJson.get("signer")).remove("capacity");
        Plan draft = Plan.draft("5b0e7c1a-3d2f-4e8b-9a6c-1f2e3d4c5b6a",
                SamplePlans.JSON.treeToValue(draftJson, PlanContent.class), Instant.parse("2023-07-10T00:00:00Z"));
        Plan published = draft.publish(PlanNumber.of(1, 2023, "LĐLĐ"), Instant.parse("2023-07-12T02:30:00Z"), null);

        String json = SamplePlans.JSON.writeValueAsString(PlanPublished.of(published));

        contracts.validate("plan-published", json);
        JsonNode event = SamplePlans.JSON.readTree(json);
        assertThat(event.has("publishedBy")).isFalse();
        assertThat(event.get("plan").get("issuer").has("shortName")).isFalse();
        assertThat(event.get("plan").get("issuer").has("parentCode")).isTrue();
        assertThat(event.get("plan").get("issuer").get("parentCode").isNull()).isTrue();
        assertThat(event.get("plan").get("issuer").has("documentSymbol")).isFalse();
        assertThat(event.get("plan").get("phases").get(0).has("name")).isFalse();
        assertThat(event.get("plan").get("phases").get(0).get("timeZone").asString()).isEqualTo("Asia/Ho_Chi_Minh");
    }
}
