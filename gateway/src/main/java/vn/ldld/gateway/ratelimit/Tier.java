package vn.ldld.gateway.ratelimit;

import java.util.Collection;

/**
 * Which budget a caller gets: the most generous of the token's platform roles; machine clients are viewers, and so is
 * a unit's staff (a district office reviewing its sub-units' reports reads more than one unit's reporter).
 */
enum Tier {
    PROVINCE_STAFF, UNIT_REPORTER, VIEWER, ANONYMOUS;

    static Tier of(Collection<String> authorities) {
        if (authorities.contains("ROLE_PROVINCE_STAFF")) {
            return PROVINCE_STAFF;
        }
        if (authorities.contains("ROLE_VIEWER") || authorities.contains("ROLE_UNIT_STAFF")) {
            return VIEWER;
        }
        if (authorities.contains("ROLE_UNIT_REPORTER")) {
            return UNIT_REPORTER;
        }
        return VIEWER;
    }
}
