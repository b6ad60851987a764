package vn.ldld.report.reports;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a report is on time, and against which deadline. The rule: a report is on time iff it was received at or
 * before the deadline in force at its receipt, or at or before a later deadline that an amendment set for its phase
 * after the receipt (an extension, gia hạn). So an extension judges again, as on time, a late report received at or
 * before the new deadline; a shortened deadline never makes late a report that was on time (it was judged against
 * the deadline in force when it was received), and reports received after the shortening are judged against it.
 *
 * @param onTime whether it is on time now
 * @param onTimeAtReceipt whether it was on time against the deadline in force at its receipt
 * @param firstDeadline the deadline in force at its receipt, the one it was first judged against
 * @param deadline the deadline it is judged against now: the first one, or the latest later one an amendment set
 *                 while the report was late at receipt
 * @param extendedInVersion the plan version (amendment) that set {@code deadline}, null when it is the first one
 * @param lateSeconds how late against {@code deadline}, 0 when on time
 */
public record Timeliness(boolean onTime, boolean onTimeAtReceipt, Instant firstDeadline, Instant deadline,
                         Long extendedInVersion, long lateSeconds) {

    /** Judged against the deadline in force at receipt only. */
    static Timeliness atReceipt(Instant receivedAt, Instant deadline) {
        boolean onTime = !receivedAt.isAfter(deadline);
        return new Timeliness(onTime, onTime, deadline, deadline, null, onTime ? 0 : secondsLate(deadline, receivedAt));
    }

    /** Judged again after a later deadline: only a report late at receipt changes. */
    Timeliness extendedTo(Instant receivedAt, Extension extension) {
        if (onTimeAtReceipt || extension == null || !extension.deadline().isAfter(firstDeadline)) {
            return this;
        }
        boolean now = !receivedAt.isAfter(extension.deadline());
        return new Timeliness(now, false, firstDeadline, extension.deadline(), extension.planVersion(),
                now ? 0 : secondsLate(extension.deadline(), receivedAt));
    }

    /** Whether an extension made a late report on time. */
    public boolean onTimeByExtension() {
        return onTime && !onTimeAtReceipt;
    }

    private static long secondsLate(Instant deadline, Instant receivedAt) {
        return (Duration.between(deadline, receivedAt).toMillis() + 999) / 1000;
    }
}
