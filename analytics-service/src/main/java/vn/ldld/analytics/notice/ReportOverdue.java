package vn.ldld.analytics.notice;

import java.time.Instant;

import vn.ldld.analytics.unit.Unit;

/**
 * {@code vn.ldld.notification.report-overdue.v1}: a deadline passed and a must-report unit had not reported.
 *
 * @param planId plan
 * @param phaseNumber phase
 * @param unit the unit that had not reported
 * @param deadline the deadline that passed
 * @param detectedAt when it was detected
 */
public record ReportOverdue(String planId, int phaseNumber, Unit unit, Instant deadline, Instant detectedAt) {
}
