package vn.ldld.web.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as the verified token says: the subject, the roles and, for a unit's account, the unit code. A
 * controller takes it as a parameter; the unit never comes from the request body or a header.
 *
 * @param subject  the token's {@code sub}
 * @param roles    the platform roles the token grants
 * @param unitCode the unit of a unit account, {@code null} for province staff, viewers and machine clients
 */
public record Caller(String subject, Set<Role> roles, String unitCode) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Province staff: may do everything and see every unit. */
    public boolean isStaff() {
        return has(Role.PROVINCE_STAFF);
    }

    /** True when this caller acts for the given unit (its own unit). */
    public boolean isUnit(String code) {
        return unitCode != null && unitCode.equals(code);
    }

    /**
     * True when this caller may read the data of {@code code}, a unit whose parent is {@code parentCode}: staff see
     * all, a unit (its reporter or its staff) sees its own, and a district federation also sees the units directly
     * below it.
     */
    public boolean canRead(String code, String parentCode) {
        return isStaff() || (actsForUnit() && unitCode != null
                && (unitCode.equals(code) || unitCode.equals(parentCode)));
    }

    /** A unit's account: its reporter or its staff ({@link Role#UNIT_REPORTER}, {@link Role#UNIT_STAFF}). */
    public boolean actsForUnit() {
        return has(Role.UNIT_REPORTER) || has(Role.UNIT_STAFF);
    }

    /**
     * True when this caller is the staff of {@code parentCode}, the unit directly above a unit: the one who reviews
     * that unit's reports for plans reviewed by the parent.
     */
    public boolean isStaffOfParent(String parentCode) {
        return has(Role.UNIT_STAFF) && unitCode != null && unitCode.equals(parentCode);
    }

    /** Fails with 403 unless the caller has one of the roles. */
    public void require(Role... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(this::has)) {
            throw new ForbiddenException("This needs the role " + (anyOf.length == 1 ? anyOf[0]
                    : Arrays.toString(anyOf)) + ".");
        }
    }

    /** The unit of a unit account; fails with 403 for an account that acts for no unit. */
    public String requireUnit() {
        if (unitCode == null) {
            throw new ForbiddenException("This account acts for no unit.");
        }
        return unitCode;
    }

    @Override
    public String toString() {
        return subject + roles + (unitCode == null ? "" : "@" + unitCode);
    }

    static Caller of(String subject, Set<Role> roles, String unitCode) {
        return new Caller(Objects.requireNonNullElse(subject, "unknown"), roles, unitCode);
    }
}
