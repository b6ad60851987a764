package vn.ldld.report.reports.web;

import java.time.Instant;

import vn.ldld.report.reports.Report;
import vn.ldld.report.reports.ReportStatus;

/** One line of {@code GET /api/reports}: who reported, when, on time or not, where it stands. */
public record ReportSummary(String id, String planId, int phaseNumber, String unitCode, String unitName,
                            long receiptNumber, int receiptYear, Instant receivedAt, Instant deadline, boolean onTime,
                            long lateSeconds, ReportStatus status, int revision, long version) {

    static ReportSummary of(Report r) {
        return new ReportSummary(r.id(), r.planId(), r.phaseNumber(), r.unit().code(), r.unit().name(),
                r.receiptNumber(), r.receiptYear(), r.receivedAt(), r.deadline(), r.onTime(), r.lateSeconds(),
                r.status(), r.revision(), r.version());
    }
}
