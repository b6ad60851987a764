package vn.ldld.analytics.plan;

/** Where a plan stands, as far as analytics has heard. */
public enum PlanStatus {
    /** Only a closing or cancelling event has arrived so far: the plan's content is not known yet. */
    UNKNOWN,
    PUBLISHED,
    CLOSED,
    CANCELLED
}
