package vn.ldld.analytics.summary;

/** Where a must-report unit stands in a phase. */
public enum UnitStatus {
    /** No report received. */
    MISSING,
    /** No report received, and notification-service found it overdue at the deadline in force. */
    OVERDUE,
    /** Received, awaiting review. */
    SUBMITTED,
    /** Received again after a return, awaiting review. */
    RESUBMITTED,
    /** Returned for correction. */
    RETURNED,
    /** Accepted. */
    ACCEPTED;

    /** Whether the unit has reported (whatever the review says). */
    public boolean reported() {
        return this != MISSING && this != OVERDUE;
    }
}
