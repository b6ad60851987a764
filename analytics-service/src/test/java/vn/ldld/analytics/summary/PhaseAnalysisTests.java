package vn.ldld.analytics.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ldld.analytics.Events.DEADLINE_V2;
import static vn.ldld.analytics.Events.PLAN_ID;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;
import vn.ldld.analytics.Events;
import vn.ldld.analytics.ReadModels;
import vn.ldld.analytics.Scenario;
import vn.ldld.messaging.cloudevents.InboundEvent;

class PhaseAnalysisTests {

    @Test
    void countsEveryMustReportUnitOnceAgainstThePhaseDeadline() {
        PhaseSummary summary = new ReadModels().deliver(Scenario.events()).analytics.phase(PLAN_ID, 1).summary();

        assertThat(summary.planVersion()).isEqualTo(2);
        assertThat(summary.reportDeadline()).isEqualTo(DEADLINE_V2);
        assertThat(summary.expected()).isEqualTo(11);
        assertThat(summary.submitted()).isEqualTo(4);
        assertThat(summary.onTime()).isEqualTo(2);
        assertThat(summary.late()).isEqualTo(2);
        assertThat(summary.missing()).isEqualTo(7);
        assertThat(summary.overdue()).isEqualTo(1);
        assertThat(summary.returned()).isZero();
        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.awaitingReview()).isEqualTo(3);
        assertThat(summary.unexpectedReports()).isZero();
        assertThat(summary.completenessRate()).isEqualByComparingTo("36.36");
        assertThat(summary.timelinessRate()).isEqualByComparingTo("18.18");
        assertThat(summary.averageLatenessSeconds()).isEqualTo((37200 + 115200) / 2);
        assertThat(summary.maxLatenessSeconds()).isEqualTo(115200);
        assertThat(summary.remindersSent()).isEqualTo(1);
        assertThat(summary.phaseName()).isEqualTo("Đợt I/2023");
    }

    @Test
    void revisionsReplaceTheValuesOfTheirReportNeverAddToThem() {
        List<IndicatorTotal> totals = new ReadModels().deliver(Scenario.events()).analytics.phase(PLAN_ID, 1)
                .totals();

        assertThat(totals).hasSize(11);
        IndicatorTotal sessions = total(totals, "PROPAGANDA_SESSIONS");
        assertThat(sessions.label()).isEqualTo("Số buổi tuyên truyền");
        assertThat(sessions.unitOfMeasure()).isEqualTo("buổi");
        assertThat(sessions.reports()).isEqualTo(4);
        assertThat(sessions.sum()).isEqualByComparingTo("17");
        assertThat(sessions.min()).isEqualByComparingTo("2");
        assertThat(sessions.max()).isEqualByComparingTo("6");
        assertThat(sessions.mean()).isEqualByComparingTo("4.25");
        IndicatorTotal roads = total(totals, "ROADS_KM");
        assertThat(roads.sum()).isEqualByComparingTo("4.35");
        assertThat(roads.min()).isEqualByComparingTo("0.6");
        assertThat(roads.max()).isEqualByComparingTo("2.25");
        assertThat(roads.mean()).isEqualByComparingTo("1.45");
        assertThat(total(totals, "PROPAGANDA_ATTENDEES").sum()).isEqualByComparingTo("980");
        assertThat(total(totals, "PROPAGANDA_ATTENDEES").mean()).isEqualByComparingTo("326.67");
        IndicatorTotal funds = total(totals, "FUNDS_MOBILIZED_VND");
        assertThat(funds.sum()).isEqualByComparingTo("377000000");
        assertThat(funds.mean()).isEqualByComparingTo("125666666.67");
        assertThat(funds.unitOfMeasure()).isEqualTo("đồng");
        IndicatorTotal houses = total(totals, "HOUSES_BUILT");
        assertThat(houses.reports()).isZero();
        assertThat(houses.sum()).isEqualByComparingTo("0");
        assertThat(houses.min()).isNull();
        assertThat(houses.mean()).isNull();
    }

    @Test
    void theMatrixShowsEachUnitsStatusAndFiltersByStatus() {
        PhaseAnalysis analysis = new ReadModels().deliver(Scenario.events()).analytics.phase(PLAN_ID, 1);

        assertThat(analysis.units()).extracting(UnitRow::code).containsExactly("LDLD-TPTN", "LDLD-HT", "LDLD-TB",
                "LDLD-TBI", "LDLD-TC", "LDLD-DMC", "LDLD-CT", "LDLD-GD", "LDLD-BC", "CDN-GD", "CDVC-TN");
        assertThat(analysis.units(UnitStatus.OVERDUE, null)).extracting(UnitRow::code).containsExactly("LDLD-BC");
        assertThat(analysis.units(UnitStatus.MISSING, null)).extracting(UnitRow::code).containsExactly("LDLD-TPTN",
                "LDLD-HT", "LDLD-TBI", "LDLD-DMC", "LDLD-CT", "CDN-GD");
        UnitRow tanChau = analysis.units(UnitStatus.RESUBMITTED, null).get(0);
        assertThat(tanChau.code()).isEqualTo("LDLD-TC");
        assertThat(tanChau.revision()).isEqualTo(2);
        assertThat(tanChau.onTime()).isFalse();
        assertThat(tanChau.lateSeconds()).isEqualTo(37200);
        assertThat(tanChau.receivedAt()).isEqualTo(Instant.parse("2023-07-29T03:20:00Z"));
        assertThat(tanChau.overdueNotice()).isTrue();
        assertThat(tanChau.values()).containsEntry("PROPAGANDA_SESSIONS", new BigDecimal("4"))
                .containsEntry("ROADS_KM", new BigDecimal("0.6"));
        assertThat(analysis.units(UnitStatus.ACCEPTED, null)).extracting(UnitRow::code).containsExactly("LDLD-GD");
        assertThat(analysis.units(null, "LDLD-TN")).hasSize(11);
    }

    @Test
    void theRushCurveCountsFirstReceiptsPerDayAndHourInThePlansZone() {
        PhaseAnalysis analysis = new ReadModels().deliver(Scenario.events()).analytics.phase(PLAN_ID, 1);

        assertThat(analysis.timeline(Interval.DAY).points()).containsExactly(
                new TimelinePoint(OffsetDateTime.parse("2023-07-24T00:00+07:00"), 2, 2, 0, 2),
                new TimelinePoint(OffsetDateTime.parse("2023-07-29T00:00+07:00"), 1, 0, 1, 3),
                new TimelinePoint(OffsetDateTime.parse("2023-07-30T00:00+07:00"), 1, 0, 1, 4));
        assertThat(analysis.timeline(Interval.HOUR).points()).extracting(TimelinePoint::start).containsExactly(
                OffsetDateTime.parse("2023-07-24T15:00+07:00"), OffsetDateTime.parse("2023-07-24T16:00+07:00"),
                OffsetDateTime.parse("2023-07-29T10:00+07:00"), OffsetDateTime.parse("2023-07-30T08:00+07:00"));
    }

    @Test
    void amendmentsAddAndRemoveExpectedUnitsAndRollUpByParent() {
        List<InboundEvent> events = Scenario.withGrassroots();

        PhaseAnalysis analysis = new ReadModels().deliver(events).analytics.phase(PLAN_ID, 1);

        PhaseSummary summary = analysis.summary();
        assertThat(summary.planVersion()).isEqualTo(3);
        assertThat(summary.expected()).isEqualTo(11);
        assertThat(summary.submitted()).isEqualTo(4);
        assertThat(summary.onTime()).isEqualTo(2);
        assertThat(summary.unexpectedReports()).isEqualTo(1);
        assertThat(total(analysis.totals(), "PROPAGANDA_SESSIONS").sum()).isEqualByComparingTo("13");
        assertThat(analysis.units()).extracting(UnitRow::code).doesNotContain("LDLD-TB").contains("CDCS-GD-XM");
        assertThat(analysis.units(null, "LDLD-GD")).extracting(UnitRow::code).containsExactly("CDCS-GD-XM");
        List<Rollup> rollups = analysis.rollups();
        assertThat(rollups).extracting(Rollup::unitCode).containsExactly("LDLD-TN", "LDLD-GD");
        Rollup province = rollups.get(0);
        assertThat(province.unitName()).isEqualTo("Liên đoàn Lao động tỉnh Tây Ninh");
        assertThat(province.depth()).isZero();
        assertThat(province.expected()).isEqualTo(11);
        assertThat(province.submitted()).isEqualTo(4);
        assertThat(province.missing()).isEqualTo(7);
        assertThat(province.completenessRate()).isEqualByComparingTo("36.36");
        assertThat(province.sums().get("PROPAGANDA_SESSIONS")).isEqualByComparingTo("13");
        Rollup goDau = rollups.get(1);
        assertThat(goDau.depth()).isEqualTo(1);
        assertThat(goDau.expected()).isEqualTo(1);
        assertThat(goDau.submitted()).isEqualTo(1);
        assertThat(goDau.onTime()).isEqualTo(1);
        assertThat(goDau.sums().get("ROADS_KM")).isEqualByComparingTo("0.4");
    }

    @Test
    void duplicatesAndAnyDeliveryOrderGiveTheSameNumbers() {
        PhaseAnalysis inOrder = new ReadModels().deliver(Scenario.events()).analytics.phase(PLAN_ID, 1);

        for (long seed = 1; seed <= 6; seed++) {
            List<InboundEvent> shuffled = new ArrayList<>(Scenario.events());
            List<InboundEvent> redelivered = new ArrayList<>();
            shuffled.forEach(e -> redelivered.add(Events.again(e)));
            shuffled.addAll(redelivered);
            Collections.shuffle(shuffled, new Random(seed));

            PhaseAnalysis analysis = new ReadModels().deliver(shuffled).analytics.phase(PLAN_ID, 1);

            assertThat(analysis.summary()).as("seed %d", seed).isEqualTo(inOrder.summary());
            assertThat(analysis.totals()).as("seed %d", seed).isEqualTo(inOrder.totals());
            assertThat(analysis.units()).as("seed %d", seed).isEqualTo(inOrder.units());
            assertThat(analysis.rollups()).as("seed %d", seed).isEqualTo(inOrder.rollups());
            assertThat(analysis.timeline(Interval.HOUR)).as("seed %d", seed).isEqualTo(inOrder.timeline(Interval.HOUR));
        }
    }

    @Test
    void anOlderRevisionArrivingLateIsIgnored() {
        List<InboundEvent> events = Scenario.events();
        InboundEvent firstTanChau = events.get(9);
        InboundEvent revisedTanChau = events.get(12);
        List<InboundEvent> reordered = new ArrayList<>(events);
        reordered.remove(firstTanChau);
        reordered.add(firstTanChau);

        PhaseAnalysis analysis = new ReadModels().deliver(reordered).analytics.phase(PLAN_ID, 1);

        assertThat(revisedTanChau.type()).isEqualTo("vn.ldld.report.revised.v1");
        UnitRow tanChau = analysis.units(UnitStatus.RESUBMITTED, null).get(0);
        assertThat(tanChau.revision()).isEqualTo(2);
        assertThat(tanChau.values()).containsEntry("PROPAGANDA_SESSIONS", new BigDecimal("4"));
    }

    @Test
    void reportsKeptBeforeTheirPlanCountOnceThePlanArrives() {
        ReadModels models = new ReadModels().deliver(Scenario.events().subList(2, Scenario.events().size()));

        assertThatThrownBy(() -> models.analytics.phase(PLAN_ID, 1)).isInstanceOf(PlanNotKnownException.class);
        models.deliver(Scenario.events().subList(0, 2));

        assertThat(models.analytics.phase(PLAN_ID, 1).summary().submitted()).isEqualTo(4);
        assertThatThrownBy(() -> models.analytics.phase(PLAN_ID, 2)).isInstanceOf(PhaseNotFoundException.class);
    }

    @Test
    void theWholePlanAddsItsPhasesAndFollowsItsEnd() {
        ReadModels models = new ReadModels().deliver(Scenario.events());
        ObjectNode closed = Events.example("plan-closed");
        models.deliver(List.of(Events.event("plan-closed", closed, Instant.parse("2023-08-04T09:00:00Z"))));

        PlanReport plan = models.analytics.plan(PLAN_ID);

        assertThat(plan.status()).isEqualTo("CLOSED");
        assertThat(plan.number()).isEqualTo("15/KH-LĐLĐ");
        assertThat(plan.phases()).hasSize(1);
        assertThat(total(plan.totals(), "PROPAGANDA_SESSIONS").sum()).isEqualByComparingTo("17");
        assertThat(models.analytics.activePlans()).isEmpty();
    }

    private static IndicatorTotal total(List<IndicatorTotal> totals, String code) {
        return totals.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
