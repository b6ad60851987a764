package vn.ldld.report.reports;

import java.time.Instant;
import java.util.Map;

import vn.ldld.report.plan.UnitRef;

/**
 * The events report-service publishes on {@code report-events} (key: report id), exactly as the contracts
 * {@code report-submitted.v1}, {@code report-revised.v1}, {@code report-returned.v1} and
 * {@code report-accepted.v1} describe them. Each carries what a consumer needs: nobody calls back.
 */
public final class ReportEvents {

    /** The topic. */
    public static final String TOPIC = "report-events";
    static final String SUBMITTED = "vn.ldld.report.submitted.v1";
    static final String REVISED = "vn.ldld.report.revised.v1";
    static final String RETURNED = "vn.ldld.report.returned.v1";
    static final String ACCEPTED = "vn.ldld.report.accepted.v1";

    private ReportEvents() {
    }

    /**
     * An event a report raised and that is not stored yet.
     *
     * @param type its CloudEvents type
     * @param event the event record
     */
    record Raised(String type, Object event) {
    }

    /** A unit submitted its report and the receiving unit registered it; the whole report and its verdict. */
    public record ReportSubmitted(String reportId, String planId, long planVersion, int phaseNumber, UnitRef unit,
                                  long receiptNumber, int receiptYear, String receivingUnitCode, Instant receivedAt,
                                  Instant deadline, boolean onTime, long lateSeconds, int revision,
                                  ReportStatus status, Map<String, Object> values, Map<String, String> narrative,
                                  String submittedBy) {

        static ReportSubmitted of(Report r) {
            Revision content = r.current();
            return new ReportSubmitted(r.id(), r.planId(), r.planVersion(), r.phaseNumber(), r.unit(),
                    r.receiptNumber(), r.receiptYear(), r.receivingUnitCode(), r.receivedAt(), r.deadline(),
                    r.onTime(), r.lateSeconds(), r.revision(), r.status(), content.values(), content.narrative(),
                    r.submittedBy());
        }
    }

    /** A unit revised its report; the whole new content, the original receipt and verdict. */
    public record ReportRevised(String reportId, String planId, long planVersion, int phaseNumber, UnitRef unit,
                                long receiptNumber, int receiptYear, String receivingUnitCode, Instant receivedAt,
                                Instant deadline, boolean onTime, long lateSeconds, int revision,
                                ReportStatus status, Map<String, Object> values, Map<String, String> narrative,
                                String submittedBy, Instant revisedAt, String revisedBy) {

        static ReportRevised of(Report r) {
            Revision content = r.current();
            return new ReportRevised(r.id(), r.planId(), r.planVersion(), r.phaseNumber(), r.unit(),
                    r.receiptNumber(), r.receiptYear(), r.receivingUnitCode(), r.receivedAt(), r.deadline(),
                    r.onTime(), r.lateSeconds(), r.revision(), r.status(), content.values(), content.narrative(),
                    r.submittedBy(), content.submittedAt(), content.submittedBy());
        }
    }

    /**
     * The reviewer returned the report for revision, with the reason; at the province's level or, for a plan
     * reviewed by the parent, at the parent unit's ({@code reviewLevel}, {@code reviewerUnitCode}).
     */
    public record ReportReturned(String reportId, String planId, int phaseNumber, String unitCode,
                                 String parentUnitCode, int revision, String reason, String returnedBy,
                                 Instant returnedAt, ReviewLevel reviewLevel, String reviewerUnitCode) {

        static ReportReturned of(Report r) {
            Review review = r.lastReview();
            return new ReportReturned(r.id(), r.planId(), r.phaseNumber(), r.unit().code(), r.unit().parentCode(),
                    r.revision(), review.reason(), review.reviewer(), review.at(), review.levelOrProvince(),
                    review.reviewerUnitCode());
        }
    }

    /**
     * The reviewer accepted the report; at the province's level or, for a plan reviewed by the parent, at the
     * parent unit's ({@code reviewLevel}, {@code reviewerUnitCode}).
     */
    public record ReportAccepted(String reportId, String planId, int phaseNumber, String unitCode,
                                 String parentUnitCode, int revision, String acceptedBy, Instant acceptedAt,
                                 ReviewLevel reviewLevel, String reviewerUnitCode) {

        static ReportAccepted of(Report r) {
            Review review = r.lastReview();
            return new ReportAccepted(r.id(), r.planId(), r.phaseNumber(), r.unit().code(), r.unit().parentCode(),
                    r.revision(), review.reviewer(), review.at(), review.levelOrProvince(),
                    review.reviewerUnitCode());
        }
    }
}
