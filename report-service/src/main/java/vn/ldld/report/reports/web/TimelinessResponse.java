package vn.ldld.report.reports.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.ldld.report.reports.Timeliness;

/**
 * Whether a report is on time and against which deadline. A report is on time iff it was received at or before the
 * deadline in force at its receipt, or at or before a later deadline an amendment set for its phase after that
 * (gia hạn); a shortened deadline never makes late a report that was on time.
 *
 * @param onTime whether it is on time now (the report's {@code onTime})
 * @param onTimeAtReceipt whether it was on time against the deadline in force at its receipt
 * @param firstDeadline the deadline in force at its receipt, the one it was first judged against
 * @param deadline the deadline it is judged against now (the report's {@code deadline})
 * @param extendedInVersion the plan version whose amendment set {@code deadline}; null when it is the first one
 */
@Schema(description = "On time now and against which deadline: the deadline in force at receipt, or a later one "
        + "an amendment set for the phase (gia hạn). A shortened deadline never makes an on-time report late.")
public record TimelinessResponse(boolean onTime, boolean onTimeAtReceipt, Instant firstDeadline, Instant deadline,
                                 Long extendedInVersion) {

    static TimelinessResponse of(Timeliness t) {
        return new TimelinessResponse(t.onTime(), t.onTimeAtReceipt(), t.firstDeadline(), t.deadline(),
                t.extendedInVersion());
    }
}
