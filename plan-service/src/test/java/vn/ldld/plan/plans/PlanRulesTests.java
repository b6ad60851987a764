package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.SamplePlans;

class PlanRulesTests {

    @Test
    void theDemoPlanIsConsistentAndPublishable() {
        assertThat(PlanRules.consistency(SamplePlans.content())).isEmpty();
        assertThat(PlanRules.publishability(SamplePlans.content())).isEmpty();
    }

    @Test
    void aPhaseEndingBeforeItStartsIsNamed() {
        PlanContent content = content(d -> phase(d, 0).put("endDate", "2023-07-16"));

        assertThat(PlanRules.consistency(content))
                .containsExactly(new Violation("phases[0].endDate", "the phase ends before it starts"));
    }

    @Test
    void aPhaseOfOneDayIsFine() {
        PlanContent content = content(d -> phase(d, 0).put("endDate", "2023-07-17"));

        assertThat(PlanRules.publishability(content)).isEmpty();
    }

    @Test
    void theDeadlineMustBeAfterTheStartOfThePhaseInThePlansZone() {
        // 2023-07-17T00:00+07:00 is 2023-07-16T17:00Z: a deadline at that instant is not after the start
        PlanContent atStart = content(d -> phase(d, 0).put("reportDeadline", "2023-07-16T17:00:00Z"));
        PlanContent justAfter = content(d -> phase(d, 0).put("reportDeadline", "2023-07-16T17:00:01Z"));

        assertThat(PlanRules.consistency(atStart)).extracting(Violation::field)
                .containsExactly("phases[0].reportDeadline");
        assertThat(PlanRules.consistency(justAfter)).isEmpty();
    }

    @Test
    void phaseNumbersAreDistinct() {
        PlanContent content = content(d -> {
            ObjectNode second = phase(d, 0).deepCopy();
            second.put("name", "Đợt II/2023");
            ((ArrayNode) d.get("phases")).add(second);
        });

        assertThat(PlanRules.consistency(content)).extracting(Violation::field).containsExactly("phases[1].number");
    }

    @Test
    void indicatorCodesAreDistinct() {
        PlanContent content = content(d -> ((ObjectNode) d.get("template").get("indicators").get(2))
                .put("code", "PROPAGANDA_SESSIONS"));

        assertThat(PlanRules.consistency(content)).extracting(Violation::field)
                .containsExactly("template.indicators[2].code");
    }

    @Test
    void anUnknownTimeZoneIsNamed() {
        PlanContent content = content(d -> d.put("timeZone", "Asia/Atlantis"));

        assertThat(PlanRules.consistency(content)).extracting(Violation::field).containsExactly("timeZone");
    }

    @Test
    void publicationNeedsAPhaseAUnitThatMustReportAPlaceAndASigner() {
        PlanContent content = content(d -> {
            d.putArray("phases");
            for (var recipient : d.get("recipients")) {
                ((ObjectNode) recipient).put("role", "FOR_INFORMATION");
            }
            d.remove("place");
            d.remove("signer");
        });

        assertThat(PlanRules.consistency(content)).isEmpty();
        assertThat(PlanRules.publishability(content)).extracting(Violation::field)
                .containsExactlyInAnyOrder("phases", "recipients", "place", "signer");
    }

    @Test
    void aUnitIsARecipientOnlyOnce() {
        PlanContent content = content(d -> ((ArrayNode) d.get("recipients")).add(d.get("recipients").get(3).deepCopy()));

        assertThat(PlanRules.consistency(content)).extracting(Violation::field)
                .containsExactly("recipients[" + (content.recipients().size() - 1) + "].unit.code");
    }

    private static PlanContent content(Consumer<ObjectNode> change) {
        ObjectNode draft = SamplePlans.draft("LDLD-TN");
        change.accept(draft);
        return SamplePlans.JSON.treeToValue(draft, PlanContent.class);
    }

    private static ObjectNode phase(ObjectNode draft, int index) {
        return (ObjectNode) draft.get("phases").get(index);
    }
}
