package vn.ldld.report.reports.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.ldld.report.plan.UnitRef;
import vn.ldld.report.reports.Report;
import vn.ldld.report.reports.ReportStatus;
import vn.ldld.report.reports.Review;
import vn.ldld.report.reports.Revision;
import vn.ldld.report.reports.Timeliness;

/**
 * A report as {@code GET /api/reports/{id}} shows it: the receipt, the verdict, the status and the current content.
 * The answer to a submission has the same shape.
 * {@code deadline}, {@code onTime} and {@code lateSeconds} are the verdict now, after any extension of the deadline;
 * {@code timeliness} says how it was reached.
 */
public record ReportResponse(String id, String planId, long planVersion, int phaseNumber, UnitRef unit,
                             String receivingUnitCode, long receiptNumber, int receiptYear, Instant receivedAt,
                             Instant deadline, boolean onTime, long lateSeconds, ReportStatus status, int revision,
                             long version, String submittedBy, Review lastReview, Map<String, Object> values,
                             Map<String, String> narrative, List<Review> reviews,
                             TimelinessResponse timeliness) {

    static ReportResponse of(Report r) {
        Revision current = r.current();
        Timeliness now = r.timeliness();
        return new ReportResponse(r.id(), r.planId(), r.planVersion(), r.phaseNumber(), r.unit(),
                r.receivingUnitCode(), r.receiptNumber(), r.receiptYear(), r.receivedAt(), now.deadline(),
                now.onTime(), now.lateSeconds(), r.status(), r.revision(), r.version(), r.submittedBy(),
                r.lastReview(), current.values(), current.narrative(), r.reviews(), TimelinessResponse.of(now));
    }

    /**
     * The report as its submission left it, built from what never changes after it and from its first revision: the
     * answer to {@code POST /api/reports} and, byte for byte, to every replay of that request (the verdict at
     * receipt, before any review or extension).
     */
    static ReportResponse asSubmitted(Report r) {
        Revision first = r.revisions().get(0);
        return new ReportResponse(r.id(), r.planId(), r.planVersion(), r.phaseNumber(), r.unit(),
                r.receivingUnitCode(), r.receiptNumber(), r.receiptYear(), r.receivedAt(), r.deadline(), r.onTime(),
                r.lateSeconds(), ReportStatus.SUBMITTED, first.number(), 1, r.submittedBy(), null, first.values(),
                first.narrative(), List.of(),
                new TimelinessResponse(r.onTime(), r.onTime(), r.deadline(), r.deadline(), null));
    }
}
