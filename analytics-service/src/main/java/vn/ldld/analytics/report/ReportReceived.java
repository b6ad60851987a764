package vn.ldld.analytics.report;

import java.time.Instant;
import java.util.Map;

import vn.ldld.analytics.unit.Unit;

/**
 * {@code vn.ldld.report.submitted.v1} or {@code vn.ldld.report.revised.v1}: the whole report at a revision.
 *
 * @param reportId report id (one per plan, phase and unit)
 * @param planId plan
 * @param phaseNumber phase
 * @param unit reporting unit
 * @param receiptNumber receipt number (số đến) of the first submission
 * @param receivedAt first receipt
 * @param deadline deadline the first receipt was judged against
 * @param onTime whether the first receipt was on time
 * @param lateSeconds lateness of the first receipt, 0 when on time
 * @param revision content revision, 1 for the first submission
 * @param status {@code SUBMITTED} or {@code RESUBMITTED}
 * @param values indicator values by code: numbers, or text for text indicators
 * @param narrative narrative texts by section code
 * @param revisedAt when this revision was received ({@code null} for the first submission)
 * @param planVersion plan version in force at the first receipt, the one {@code deadline} comes from
 */
public record ReportReceived(String reportId, String planId, int phaseNumber, Unit unit, Integer receiptNumber,
                             Instant receivedAt, Instant deadline, Boolean onTime, Long lateSeconds, int revision,
                             String status, Map<String, Object> values, Map<String, String> narrative,
                             Instant revisedAt, Long planVersion) {
}
