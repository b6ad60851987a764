package vn.ldld.report.reports;

/** Workflow of a report: submitted → (returned → resubmitted)* → accepted. */
public enum ReportStatus {
    SUBMITTED, RETURNED, RESUBMITTED, ACCEPTED;

    /** Whether a unit may still revise the report. */
    boolean revisable() {
        return this != ACCEPTED;
    }

    /** Whether province staff may accept or return it. */
    boolean awaitingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }
}
