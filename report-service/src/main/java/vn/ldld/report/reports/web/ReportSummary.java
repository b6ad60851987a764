package vn.ldld.report.reports.web;

import java.time.Instant;

import vn.ldld.report.reports.Report;
import vn.ldld.report.reports.ReportStatus;
import vn.ldld.report.reports.Timeliness;

/**
 * One line of {@code GET /api/reports}: who reported, when, on time or not (now, after any extension of the
 * deadline; {@code timeliness} says how), where it stands.
 */
public record ReportSummary(String id, String planId, int phaseNumber, String unitCode, String unitName,
                            long receiptNumber, int receiptYear, Instant receivedAt, Instant deadline, boolean onTime,
                            long lateSeconds, ReportStatus status, int revision, long version,
                            TimelinessResponse timeliness) {

    static ReportSummary of(Report r) {
        Timeliness now = r.timeliness();
        return new ReportSummary(r.id(), r.planId(), r.phaseNumber(), r.unit().code(), r.unit().name(),
                r.receiptNumber(), r.receiptYear(), r.receivedAt(), now.deadline(), now.onTime(), now.lateSeconds(),
                r.status(), r.revision(), r.version(), TimelinessResponse.of(now));
    }
}
