package vn.ldld.report.reports.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ldld.report.reports.Report;
import vn.ldld.report.reports.ReportStatus;
import vn.ldld.report.reports.Review;
import vn.ldld.report.reports.ReviewLevel;
import vn.ldld.report.reports.Timeliness;

/**
 * One line of {@code GET /api/reports}: who reported, when, on time or not (now, after any extension of the
 * deadline; {@code timeliness} says how), where it stands; the level and the
 * unit of the last review decision (null before the first), so that the province sees what the districts decided.
 */
public record ReportSummary(String id, String planId, int phaseNumber, String unitCode, String unitName,
                            long receiptNumber, int receiptYear, Instant receivedAt, Instant deadline, boolean onTime,
                            long lateSeconds, ReportStatus status, int revision, long version,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String parentUnitCode,
                            @JsonInclude(JsonInclude.Include.NON_NULL) ReviewLevel reviewLevel,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String reviewerUnitCode,
                            TimelinessResponse timeliness) {

    static ReportSummary of(Report r) {
        Review review = r.lastReview();
        Timeliness now = r.timeliness();
        return new ReportSummary(r.id(), r.planId(), r.phaseNumber(), r.unit().code(), r.unit().name(),
                r.receiptNumber(), r.receiptYear(), r.receivedAt(), now.deadline(), now.onTime(), now.lateSeconds(),
                r.status(), r.revision(), r.version(), r.unit().parentCode(),
                review == null ? null : review.levelOrProvince(),
                review == null ? null : review.reviewerUnitCode() != null ? review.reviewerUnitCode()
                        : r.receivingUnitCode(),
                TimelinessResponse.of(now));
    }
}
