package vn.ldld.analytics.plan;

import vn.ldld.analytics.unit.Unit;

/**
 * A recipient (nơi nhận) of a plan.
 *
 * @param unit the unit
 * @param role {@code MUST_REPORT}, {@code FOR_INFORMATION}, or a role added later
 */
public record Recipient(Unit unit, String role) {

    /** Whether the unit is expected to report on every phase. */
    public boolean mustReport() {
        return "MUST_REPORT".equals(role);
    }
}
