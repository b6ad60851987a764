package vn.ldld.analytics.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ldld.analytics.Cascade.P;
import static vn.ldld.analytics.Cascade.Q_GD;
import static vn.ldld.analytics.Cascade.Q_TB;
import static vn.ldld.analytics.Cascade.R_KCN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ldld.analytics.Cascade;
import vn.ldld.analytics.Events;
import vn.ldld.analytics.ReadModels;
import vn.ldld.analytics.plan.PlanContent;
import vn.ldld.analytics.summary.PlanTree.ImplementingPlan;
import vn.ldld.analytics.summary.PlanTree.Level;
import vn.ldld.analytics.summary.PlanTree.UnitProgress;
import vn.ldld.messaging.cloudevents.InboundEvent;

/** The tree of a phase down the levels of implementing plans ({@link Cascade}), fed by events. */
class PlanTreeTests {

    private static final String TB_NAME = "Liên đoàn Lao động thị xã Trảng Bàng";
    private static final String GD_NAME = "Liên đoàn Lao động huyện Gò Dầu";
    private static final String HT_NAME = "Liên đoàn Lao động thị xã Hòa Thành";

    @Test
    void eachPlanKeepsThePlanItImplementsWithItsIssuerAndAPlanOfItsOwnHasNone() {
        ReadModels models = new ReadModels().deliver(Cascade.events());

        PlanContent district = models.plans.find(Q_TB).orElseThrow().content();
        assertThat(district.implementsPlanId()).isEqualTo(P);
        assertThat(district.issuer().code()).isEqualTo("LDLD-TB");
        assertThat(models.plans.find(R_KCN).orElseThrow().content().implementsPlanId()).isEqualTo(Q_TB);
        assertThat(models.plans.find(P).orElseThrow().content().implementsPlanId()).isNull();
        assertThat(models.plans.implementing(List.of(P))).extracting(view -> view.planId())
                .containsExactly(Q_GD, Q_TB);
    }

    @Test
    void threeLevelsCountTheirPlansAndUnitsAndEachDistrictShowsItsImplementingPlan() {
        ReadModels models = new ReadModels().deliver(Cascade.events());

        PlanTree tree = models.trees.of(P, 1);

        assertThat(tree.planId()).isEqualTo(P);
        assertThat(tree.phase()).isEqualTo(1);
        assertThat(tree.number()).isEqualTo("15/KH-LĐLĐ");
        assertThat(tree.issuer()).isEqualTo(new PlanTree.Issuer("LDLD-TN", "Liên đoàn Lao động tỉnh Tây Ninh"));
        assertThat(tree.levels()).containsExactly(
                new Level(1, 1, 3, 2, 0, 0, 1, 1),
                new Level(2, 2, 6, 4, 2, 1, 3, 1),
                new Level(3, 1, 2, 1, 0, 0, 1, 0));
        assertThat(tree.units()).containsExactly(
                new UnitProgress("LDLD-TB", TB_NAME, UnitStatus.SUBMITTED, true,
                        new ImplementingPlan(Q_TB, "21/KH-LĐLĐ", 4, 3, 1, 1, 2, 1, 1)),
                new UnitProgress("LDLD-GD", GD_NAME, UnitStatus.SUBMITTED, false,
                        new ImplementingPlan(Q_GD, "18/KH-LĐLĐ", 2, 1, 1, 0, 1, 0, 1)),
                new UnitProgress("LDLD-HT", HT_NAME, UnitStatus.MISSING, null, null));
    }

    @Test
    void aDistrictsTreeStartsAtItsOwnPlan() {
        ReadModels models = new ReadModels().deliver(Cascade.events());

        PlanTree tree = models.trees.of(Q_TB, 1);

        assertThat(tree.levels()).containsExactly(new Level(1, 1, 4, 3, 1, 1, 2, 1), new Level(2, 1, 2, 1, 0, 0, 1, 0));
        assertThat(tree.units()).extracting(UnitProgress::unitCode, UnitProgress::status, UnitProgress::onTime)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CDCS-TB-GD", UnitStatus.ACCEPTED, true),
                        org.assertj.core.groups.Tuple.tuple("CDCS-TB-YT", UnitStatus.RETURNED, true),
                        org.assertj.core.groups.Tuple.tuple("CDCS-TB-KCN", UnitStatus.SUBMITTED, false),
                        org.assertj.core.groups.Tuple.tuple("CDCS-TB-PT", UnitStatus.MISSING, null));
        assertThat(tree.units().get(2).implementingPlan())
                .isEqualTo(new ImplementingPlan(R_KCN, "05/KH-CĐCS", 2, 1, 0, 0, 1, 0, 1));
    }

    @Test
    void extendedDeadlinesReJudgeTheLateReportsInTheTree() {
        List<InboundEvent> events = new ArrayList<>(Cascade.events());
        // Trảng Bàng gives its units until 24/7, the province its districts until 27/7
        events.addAll(Cascade.amended(Q_TB, 2, "21/KH-LĐLĐ", Cascade.TB, P, Instant.parse("2023-07-24T17:00:00Z"),
                Instant.parse("2023-07-23T08:00:00Z"),
                List.of(Cascade.TB_GD, Cascade.TB_YT, Cascade.TB_KCN, Cascade.TB_PT)));
        events.addAll(Cascade.amended(P, 2, "15/KH-LĐLĐ", Cascade.TN, null, Instant.parse("2023-07-27T17:00:00Z"),
                Instant.parse("2023-07-26T08:00:00Z"), List.of(Cascade.TB, Cascade.GD, Cascade.HT)));
        ReadModels models = new ReadModels().deliver(events);

        PlanTree tree = models.trees.of(P, 1);

        assertThat(tree.levels()).containsExactly(
                new Level(1, 1, 3, 2, 0, 0, 2, 0),
                new Level(2, 2, 6, 4, 2, 1, 4, 0),
                new Level(3, 1, 2, 1, 0, 0, 1, 0));
        assertThat(tree.units()).containsExactly(
                new UnitProgress("LDLD-TB", TB_NAME, UnitStatus.SUBMITTED, true,
                        new ImplementingPlan(Q_TB, "21/KH-LĐLĐ", 4, 3, 1, 1, 3, 0, 1)),
                new UnitProgress("LDLD-GD", GD_NAME, UnitStatus.SUBMITTED, true,
                        new ImplementingPlan(Q_GD, "18/KH-LĐLĐ", 2, 1, 1, 0, 1, 0, 1)),
                new UnitProgress("LDLD-HT", HT_NAME, UnitStatus.MISSING, null, null));
        assertThat(models.plans.find(Q_TB).orElseThrow().content().implementsPlanId()).isEqualTo(P);
    }

    @Test
    void aUnitsLatestImplementingPlanIsShownAllAreCountedAndCancelledOnesAreNot() {
        List<InboundEvent> events = new ArrayList<>(Cascade.events());
        String second = Events.reportId("plan-Q-GD-second");
        String cancelled = Events.reportId("plan-Q-GD-cancelled");
        events.addAll(Cascade.published(second, 1, "19/KH-LĐLĐ", Cascade.GD, P, Cascade.Q_DEADLINE,
                Instant.parse("2023-07-16T02:00:00Z"), List.of(Cascade.GD_02)));
        events.addAll(Cascade.published(cancelled, 1, "20/KH-LĐLĐ", Cascade.GD, P, Cascade.Q_DEADLINE,
                Instant.parse("2023-07-17T02:00:00Z"), List.of(Cascade.GD_01, Cascade.GD_02)));
        events.add(cancelledEvent(cancelled, "20/KH-LĐLĐ"));
        ReadModels models = new ReadModels().deliver(events);

        PlanTree tree = models.trees.of(P, 1);

        assertThat(tree.levels().get(1)).isEqualTo(new Level(2, 3, 7, 4, 2, 1, 3, 1));
        assertThat(tree.units().get(1).implementingPlan())
                .isEqualTo(new ImplementingPlan(second, "19/KH-LĐLĐ", 1, 0, 0, 0, 0, 0, 1));
    }

    @Test
    void anUnknownPlanOrPhaseIsNotFound() {
        ReadModels models = new ReadModels().deliver(Cascade.events());

        assertThatThrownBy(() -> models.trees.of(Events.reportId("unknown"), 1))
                .isInstanceOf(PlanNotKnownException.class);
        assertThatThrownBy(() -> models.trees.of(P, 2)).isInstanceOf(PhaseNotFoundException.class);
    }

    private static InboundEvent cancelledEvent(String planId, String number) {
        tools.jackson.databind.node.ObjectNode event = Events.example("plan-cancelled").put("planId", planId)
                .put("number", number);
        return Events.event("plan-cancelled", event, Instant.parse("2023-07-18T02:00:00Z"));
    }
}
