package vn.ldld.plan.plans;

import java.util.Objects;

/**
 * Which plans a reader may see: all of them (province staff), or only those issued to one unit. A unit sees a plan
 * once it has been published (published, amended, closed, or cancelled after publication; never a draft) and only
 * if the plan, as it stands now, names the unit among its recipients (must-report or for-information).
 *
 * @param recipientCode the unit whose plans are seen, null for all plans
 */
public record PlanScope(String recipientCode) {

    private static final PlanScope ALL = new PlanScope(null);

    /** Every plan, drafts included. */
    public static PlanScope all() {
        return ALL;
    }

    /** The published plans addressed to {@code unitCode}. */
    public static PlanScope recipient(String unitCode) {
        return new PlanScope(Objects.requireNonNull(unitCode, "unitCode"));
    }

    /** Whether this scope is restricted to one unit's plans. */
    public boolean restricted() {
        return recipientCode != null;
    }

    /** Whether {@code plan} is within this scope. */
    public boolean includes(Plan plan) {
        return !restricted() || plan.wasPublished() && plan.isAddressedTo(recipientCode);
    }
}
