package vn.ldld.identity.account;

import java.util.Set;

/** The role names the platform's services understand (their {@code Role} enum). */
public final class PlatformRoles {

    public static final String PROVINCE_STAFF = "PROVINCE_STAFF";
    public static final String UNIT_REPORTER = "UNIT_REPORTER";
    /** A unit's staff (a district federation's office): reviews the reports of the units directly below it. */
    public static final String UNIT_STAFF = "UNIT_STAFF";
    public static final String VIEWER = "VIEWER";

    public static final Set<String> ALL = Set.of(PROVINCE_STAFF, UNIT_REPORTER, UNIT_STAFF, VIEWER);

    private PlatformRoles() {
    }
}
