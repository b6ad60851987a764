package vn.ldld.analytics.report;

/** Where a received report stands after its latest revision and review. */
public enum ReportStatus {
    /** Received, awaiting review. */
    SUBMITTED,
    /** Received again after a return, awaiting review. */
    RESUBMITTED,
    /** Returned for correction; the unit has not sent a new revision yet. */
    RETURNED,
    /** Accepted by the receiving unit. */
    ACCEPTED
}
