package vn.ldld.analytics.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldld.analytics.Events.DEADLINE_V1;
import static vn.ldld.analytics.Events.DEADLINE_V2;
import static vn.ldld.analytics.Events.PLAN_ID;
import static vn.ldld.analytics.Events.amended;
import static vn.ldld.analytics.Events.submitted;
import static vn.ldld.analytics.Events.values;
import static vn.ldld.analytics.Scenario.GD;
import static vn.ldld.analytics.Scenario.TB;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ldld.analytics.Events;
import vn.ldld.analytics.ReadModels;
import vn.ldld.messaging.cloudevents.InboundEvent;

/**
 * A report is on time iff received at or before the deadline in force at its receipt, or at or before a later
 * deadline an amendment set for its phase (gia hạn); a shortened deadline never makes an on-time report late. The
 * same rule as report-service's, applied from the plan events.
 */
class TimelinessTests {

    private static final Instant AMENDED_AT = Instant.parse("2023-07-26T03:00:00Z");
    /** Late against the first deadline (25/7 17:00Z), on time against the extended one (28/7 17:00Z). */
    private static final Instant BETWEEN = Instant.parse("2023-07-27T09:00:00Z");
    /** Late against both: 7 hours after the extended deadline. */
    private static final Instant AFTER_BOTH = Instant.parse("2023-07-29T00:00:00Z");

    @Test
    void anExtensionMakesOnTimeTheLateReportsReceivedBeforeTheNewDeadline() {
        ReadModels models = new ReadModels().deliver(List.of(Events.published(),
                submitted("r-gd", GD, BETWEEN, DEADLINE_V1, 1, values("PROPAGANDA_SESSIONS", 1)),
                submitted("r-tb", TB, AFTER_BOTH, DEADLINE_V1, 1, values("PROPAGANDA_SESSIONS", 1))));
        PhaseSummary before = models.analytics.phase(PLAN_ID, 1).summary();

        PhaseAnalysis after = models.deliver(List.of(amended(2, DEADLINE_V2, AMENDED_AT))).analytics
                .phase(PLAN_ID, 1);

        assertThat(before.onTime()).isZero();
        assertThat(before.late()).isEqualTo(2);
        PhaseSummary summary = after.summary();
        assertThat(summary.reportDeadline()).isEqualTo(DEADLINE_V2);
        assertThat(summary.onTime()).isEqualTo(1);
        assertThat(summary.late()).isEqualTo(1);
        assertThat(summary.maxLatenessSeconds()).isEqualTo(7 * 3600);
        UnitRow gd = row(after, "LDLD-GD");
        assertThat(gd.onTime()).isTrue();
        assertThat(gd.lateSeconds()).isZero();
        assertThat(gd.timeliness()).isEqualTo(new Timeliness(true, false, DEADLINE_V1, DEADLINE_V2, 2, 0));
        assertThat(gd.timeliness().onTimeByExtension()).isTrue();
        UnitRow tb = row(after, "LDLD-TB");
        assertThat(tb.onTime()).isFalse();
        assertThat(tb.lateSeconds()).isEqualTo(7 * 3600);
        assertThat(tb.timeliness().deadline()).isEqualTo(DEADLINE_V2);
        assertThat(after.rollups().get(0).onTime()).isEqualTo(1);
        assertThat(after.timeline(Interval.DAY).points()).extracting(TimelinePoint::onTime).containsExactly(1, 0);
    }

    @Test
    void theVerdictIsTheSameWhateverOrderTheEventsArriveIn() {
        List<InboundEvent> events = new ArrayList<>(List.of(amended(3, Instant.parse("2023-07-26T17:00:00Z"),
                        AMENDED_AT.plusSeconds(3600)), amended(2, DEADLINE_V2, AMENDED_AT),
                submitted("r-gd", GD, BETWEEN, DEADLINE_V1, 1, values("PROPAGANDA_SESSIONS", 1)), Events.published()));

        UnitRow gd = row(new ReadModels().deliver(events).analytics.phase(PLAN_ID, 1), "LDLD-GD");

        assertThat(gd.timeliness()).isEqualTo(new Timeliness(true, false, DEADLINE_V1, DEADLINE_V2, 2, 0));
    }

    @Test
    void aShortenedDeadlineNeverMakesAnOnTimeReportLateButJudgesTheReportsAfterIt() {
        Instant shortened = DEADLINE_V1.minusSeconds(7200);
        PhaseAnalysis analysis = new ReadModels().deliver(List.of(Events.published(),
                submitted("r-gd", GD, DEADLINE_V1.minusSeconds(3600), DEADLINE_V1, 1, values("PROPAGANDA_SESSIONS", 1)),
                amended(2, shortened, AMENDED_AT),
                submitted("r-tb", TB, DEADLINE_V1.minusSeconds(3600), shortened, 2, values("PROPAGANDA_SESSIONS", 1))))
                .analytics.phase(PLAN_ID, 1);

        assertThat(analysis.summary().onTime()).isEqualTo(1);
        assertThat(analysis.summary().late()).isEqualTo(1);
        assertThat(row(analysis, "LDLD-GD").timeliness())
                .isEqualTo(new Timeliness(true, true, DEADLINE_V1, DEADLINE_V1, null, 0));
        assertThat(row(analysis, "LDLD-TB").timeliness())
                .isEqualTo(new Timeliness(false, false, shortened, shortened, null, 3600));
    }

    @Test
    void aReportOnTimeByAnExtensionStaysOnTimeWhenTheDeadlineIsThenShortened() {
        Instant shortened = Instant.parse("2023-07-26T17:00:00Z");
        PhaseAnalysis analysis = new ReadModels().deliver(List.of(Events.published(),
                submitted("r-gd", GD, BETWEEN, DEADLINE_V1, 1, values("PROPAGANDA_SESSIONS", 1)),
                amended(2, DEADLINE_V2, AMENDED_AT),
                amended(3, shortened, AMENDED_AT.plusSeconds(3600)),
                submitted("r-tb", TB, BETWEEN, shortened, 3, values("PROPAGANDA_SESSIONS", 1))))
                .analytics.phase(PLAN_ID, 1);

        assertThat(analysis.summary().reportDeadline()).isEqualTo(shortened);
        assertThat(row(analysis, "LDLD-GD").timeliness())
                .isEqualTo(new Timeliness(true, false, DEADLINE_V1, DEADLINE_V2, 2, 0));
        assertThat(row(analysis, "LDLD-TB").onTime()).isFalse();
        assertThat(analysis.summary().onTime()).isEqualTo(1);
        assertThat(analysis.summary().late()).isEqualTo(1);
    }

    private static UnitRow row(PhaseAnalysis analysis, String code) {
        return analysis.units().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
