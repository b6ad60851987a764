package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.plan.SamplePlans;
import vn.ldld.plan.plans.events.PlanAmended;

class PlanChangesTests {

    private final EventContracts contracts = new EventContracts();
    private final PlanContent before = SamplePlans.content();

    @Test
    void theAmendmentOfTheExampleIsTheContractsPlanAmended() {
        Plan published = Plan.draft("5b0e7c1a-3d2f-4e8b-9a6c-1f2e3d4c5b6a", before,
                        Instant.parse("2023-07-10T00:00:00Z"))
                .publish(PlanNumber.of(15, 2023, "LĐLĐ"), Instant.parse("2023-07-12T02:30:00Z"), "ldld-tn.tuyengiao");
        PlanContent after = SamplePlans.JSON.treeToValue(SamplePlans.amendedDraft("LDLD-TN"), PlanContent.class);
        String reason = SamplePlans.JSON.readTree(contracts.example("plan-amended")).get("reason").asString();

        assertThat(PlanChanges.forbidden(published.content(), after)).isEmpty();
        Plan amended = published.amend(after, reason, PlanChanges.between(published.content(), after),
                Instant.parse("2023-07-20T03:00:00Z"), "ldld-tn.tuyengiao");
        String json = SamplePlans.JSON.writeValueAsString(PlanAmended.of(amended));

        contracts.validate("plan-amended", json);
        assertThat(SamplePlans.JSON.readTree(json)).isEqualTo(SamplePlans.JSON.readTree(contracts.example("plan-amended")));
        assertThat(amended.atVersion(1).orElseThrow().content()).isEqualTo(published.content());
        assertThat(amended.atVersion(2).orElseThrow().content().issuedOn()).isEqualTo("2023-07-12");
        assertThat(amended.atVersion(3)).isEmpty();
    }

    @Test
    void aRemovedRecipientAndAnAddedPhaseAreNamed() {
        PlanContent after = content(d -> {
            ((ArrayNode) d.get("recipients")).remove(0);
            ObjectNode second = (ObjectNode) d.get("phases").get(0).deepCopy();
            second.put("number", 2).put("name", "Đợt II/2023").put("startDate", "2023-09-01")
                    .put("endDate", "2023-09-15").put("reportDeadline", "2023-09-10T17:00:00Z");
            ((ArrayNode) d.get("phases")).add(second);
        });

        assertThat(PlanChanges.forbidden(before, after)).isEmpty();
        assertThat(PlanChanges.between(before, after)).containsExactly(
                new PlanChange(ChangeKind.PHASE_ADDED, 2, null, "phases[1]", null, null),
                new PlanChange(ChangeKind.RECIPIENT_REMOVED, null, "BDV-TU-TN", "recipients", null, null));
    }

    @Test
    void aCorrectedTitleIsATextCorrectionWithBothValues() {
        PlanContent after = content(d -> d.put("title", "phối hợp tham gia làm công tác dân vận đợt I năm 2023"));

        assertThat(PlanChanges.between(before, after)).containsExactly(new PlanChange(ChangeKind.TEXT_CORRECTED, null,
                null, "title", before.title(), "phối hợp tham gia làm công tác dân vận đợt I năm 2023"));
    }

    @Test
    void theTemplateThePhaseDatesAndTheIssuerCannotBeAmended() {
        PlanContent after = content(d -> {
            ((ObjectNode) d.get("template").get("indicators").get(0)).put("required", false);
            ((ObjectNode) d.get("phases").get(0)).put("endDate", "2023-08-05");
            ((ObjectNode) d.get("issuer")).put("code", "LDLD-XX");
        });

        assertThat(PlanChanges.forbidden(before, after)).extracting(Violation::field)
                .containsExactly("issuer.code", "template", "phases[0].endDate");
    }

    @Test
    void aPhaseCannotBeRemoved() {
        PlanContent after = content(d -> d.putArray("phases"));

        assertThat(PlanChanges.forbidden(before, after)).extracting(Violation::field).containsExactly("phases");
    }

    @Test
    void theSameContentChangesNothing() {
        assertThat(PlanChanges.between(before, SamplePlans.content())).isEmpty();
    }

    private static PlanContent content(Consumer<ObjectNode> change) {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        change.accept(draft);
        return SamplePlans.JSON.treeToValue(draft, PlanContent.class);
    }
}
