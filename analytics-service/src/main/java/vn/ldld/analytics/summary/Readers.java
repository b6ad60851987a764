package vn.ldld.analytics.summary;

import vn.ldld.web.security.Caller;
import vn.ldld.web.security.Role;

/**
 * Who may read the analysis and its exports: province staff and viewers (outside systems' machine clients carry
 * VIEWER). Unit reporters and tokens without a role get 403; the analysis has no unit-owned objects to hide.
 */
public final class Readers {

    /** The rule as the OpenAPI document states it. */
    public static final String ROLES = "Roles: PROVINCE_STAFF or VIEWER (machine clients). Others: 403.";

    private Readers() {
    }

    /** Fails with 403 unless {@code caller} may read the analysis. */
    public static void require(Caller caller) {
        caller.require(Role.PROVINCE_STAFF, Role.VIEWER);
    }
}
