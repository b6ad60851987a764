package vn.ldld.web.security;

/** What a caller may do on the platform, from the {@code roles} claim of its token. */
public enum Role {
    /** Province federation staff: plans, review, exports, rebuilds; every unit's data. */
    PROVINCE_STAFF,
    /** A unit's reporter: its own unit's plans, reports, notifications (a district's also reads its sub-units). */
    UNIT_REPORTER,
    /**
     * A unit's staff (e.g. a district federation's office), scoped to the unit of its token: reads what its unit
     * reads, and reviews (accepts, returns) the reports of the units directly below it for plans reviewed by the
     * parent unit. It does not submit or revise reports (that is the reporter's).
     */
    UNIT_STAFF,
    /** Read-only: analytics. Outside systems' machine clients get this role too. */
    VIEWER
}
