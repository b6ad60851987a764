package vn.ldld.identity.account;

import java.util.Set;

/** The role names the platform's services understand (their {@code Role} enum). */
public final class PlatformRoles {

    public static final String PROVINCE_STAFF = "PROVINCE_STAFF";
    public static final String UNIT_REPORTER = "UNIT_REPORTER";
    public static final String VIEWER = "VIEWER";

    public static final Set<String> ALL = Set.of(PROVINCE_STAFF, UNIT_REPORTER, VIEWER);

    private PlatformRoles() {
    }
}
