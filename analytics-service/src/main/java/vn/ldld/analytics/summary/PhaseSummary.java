package vn.ldld.analytics.summary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Completeness and timeliness of one phase, DHIS2-style, against the phase's own deadline. Counts are of the
 * plan's must-report units (the latest plan version's recipients): a unit counts once whatever its revisions and
 * returns.
 *
 * @param planId plan
 * @param planNumber number and symbol
 * @param planTitle title
 * @param planVersion plan version the expected units come from
 * @param planStatus plan status
 * @param phaseNumber phase
 * @param phaseName phase name
 * @param startDate first day
 * @param endDate last day
 * @param reportDeadline deadline in force
 * @param expected must-report units
 * @param submitted of them, those whose report was received (in any review state)
 * @param onTime of them, on time: received at or before the deadline in force at their receipt, or at or before a
 *               later deadline an amendment set for the phase (gia hạn; {@link Timeliness})
 * @param late of them, the others
 * @param missing expected units without a report
 * @param overdue missing units that notification-service found overdue at the deadline in force
 * @param returned reports returned for correction and not yet revised
 * @param accepted reports accepted
 * @param awaitingReview reports submitted or resubmitted, not reviewed yet
 * @param unexpectedReports reports received from units that are not (or no longer) must-report recipients
 * @param completenessRate submitted × 100 / expected, 2 decimals; {@code null} when nothing is expected
 * @param timelinessRate on time × 100 / expected, 2 decimals; {@code null} when nothing is expected
 * @param averageLatenessSeconds mean lateness of the late reports, rounded; 0 when none is late
 * @param maxLatenessSeconds largest lateness; 0 when none is late
 * @param remindersSent reminders sent about this phase
 */
public record PhaseSummary(String planId, String planNumber, String planTitle, int planVersion, String planStatus,
                           int phaseNumber, String phaseName, String startDate, String endDate,
                           Instant reportDeadline, int expected, int submitted, int onTime, int late, int missing,
                           int overdue, int returned, int accepted, int awaitingReview, int unexpectedReports,
                           BigDecimal completenessRate, BigDecimal timelinessRate, long averageLatenessSeconds,
                           long maxLatenessSeconds, int remindersSent) {
}
