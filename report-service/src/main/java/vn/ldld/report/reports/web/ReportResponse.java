package vn.ldld.report.reports.web;

import java.time.Instant;
import java.util.Map;

import vn.ldld.report.plan.UnitRef;
import vn.ldld.report.reports.Report;
import vn.ldld.report.reports.ReportStatus;
import vn.ldld.report.reports.Review;
import vn.ldld.report.reports.Revision;
import vn.ldld.report.reports.Timeliness;

/**
 * A report as {@code GET /api/reports/{id}} shows it: the receipt, the verdict, the status and the current content.
 * {@code deadline}, {@code onTime} and {@code lateSeconds} are the verdict now, after any extension of the deadline;
 * {@code timeliness} says how it was reached.
 */
public record ReportResponse(String id, String planId, long planVersion, int phaseNumber, UnitRef unit,
                             String receivingUnitCode, long receiptNumber, int receiptYear, Instant receivedAt,
                             Instant deadline, boolean onTime, long lateSeconds, ReportStatus status, int revision,
                             long version, String submittedBy, Review lastReview, Map<String, Object> values,
                             Map<String, String> narrative, TimelinessResponse timeliness) {

    static ReportResponse of(Report r) {
        Revision current = r.current();
        Timeliness now = r.timeliness();
        return new ReportResponse(r.id(), r.planId(), r.planVersion(), r.phaseNumber(), r.unit(),
                r.receivingUnitCode(), r.receiptNumber(), r.receiptYear(), r.receivedAt(), now.deadline(),
                now.onTime(), now.lateSeconds(), r.status(), r.revision(), r.version(), r.submittedBy(),
                r.lastReview(), current.values(), current.narrative(), TimelinessResponse.of(now));
    }
}
