package vn.ldld.analytics.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import vn.ldld.analytics.plan.PhaseDeadline;
import vn.ldld.analytics.plan.PlanView;
import vn.ldld.analytics.report.ReportFact;

/**
 * Whether a report is on time, and against which deadline, by the rule report-service applies: a report is on time
 * iff it was received at or before the deadline in force at its receipt, or at or before a later deadline an
 * amendment set for its phase after that (gia hạn). A shortened deadline never makes late a report that was on time;
 * reports received after it are judged against it (it is the deadline in force at their receipt).
 *
 * @param onTime whether it is on time now
 * @param onTimeAtReceipt whether it was on time against the deadline in force at its receipt
 * @param firstDeadline the deadline in force at its receipt
 * @param deadline the deadline it is judged against now: the first one, or the latest one a later plan version set
 *                 for the phase when the report was late at receipt
 * @param extendedInVersion the plan version that set {@code deadline}, {@code null} when it is the first one
 * @param lateSeconds how late against {@code deadline}, 0 when on time
 */
public record Timeliness(boolean onTime, boolean onTimeAtReceipt, Instant firstDeadline, Instant deadline,
                         Integer extendedInVersion, long lateSeconds) {

    /** The report judged against the deadlines the plan's versions set for its phase. */
    public static Timeliness of(ReportFact report, PlanView plan) {
        Timeliness atReceipt = new Timeliness(report.onTime(), report.onTime(), report.deadline(), report.deadline(),
                null, report.onTime() ? 0 : report.lateSeconds());
        if (report.onTime() || report.receivedAt() == null) {
            return atReceipt;
        }
        // a version unknown (a report event of before the rule) leaves every version later
        long receivedUnder = report.planVersion() == null ? 0 : report.planVersion();
        Optional<PhaseDeadline> later = plan.laterDeadline(report.phaseNumber(), receivedUnder)
                .filter(d -> report.deadline() == null || d.deadline().isAfter(report.deadline()));
        if (later.isEmpty()) {
            return atReceipt;
        }
        Instant deadline = later.get().deadline();
        boolean onTime = !report.receivedAt().isAfter(deadline);
        return new Timeliness(onTime, false, report.deadline(), deadline, later.get().version(),
                onTime ? 0 : (Duration.between(deadline, report.receivedAt()).toMillis() + 999) / 1000);
    }

    /** Whether an extension made a late report on time. */
    public boolean onTimeByExtension() {
        return onTime && !onTimeAtReceipt;
    }
}
