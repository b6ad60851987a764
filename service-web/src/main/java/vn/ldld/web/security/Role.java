package vn.ldld.web.security;

/** What a caller may do on the platform, from the {@code roles} claim of its token. */
public enum Role {
    /** Province federation staff: plans, review, exports, rebuilds; every unit's data. */
    PROVINCE_STAFF,
    /** A unit's reporter: its own unit's plans, reports, notifications (a district's also reads its sub-units). */
    UNIT_REPORTER,
    /** Read-only: analytics. Outside systems' machine clients get this role too. */
    VIEWER
}
