package vn.ldld.plan.plans;

import java.util.Objects;

import vn.ldld.web.security.Caller;
import vn.ldld.web.security.Role;

/**
 * Which plans a reader may see: all of them (province staff), or those of one unit. A unit sees a plan once it has
 * been published (published, amended, closed, or cancelled after publication; never a draft) and only if the plan,
 * as it stands now, names the unit among its recipients (must-report or for-information). A unit's staff also sees
 * every plan its unit issued, drafts included (its implementing plans).
 *
 * @param recipientCode the unit whose plans are seen, null for all plans
 * @param issuerCode the unit whose own plans are seen whatever their status (a unit's staff), or null
 */
public record PlanScope(String recipientCode, String issuerCode) {

    private static final PlanScope ALL = new PlanScope(null, null);

    /** Every plan, drafts included. */
    public static PlanScope all() {
        return ALL;
    }

    /** The published plans addressed to {@code unitCode}: what a unit's reporter reads. */
    public static PlanScope recipient(String unitCode) {
        return new PlanScope(Objects.requireNonNull(unitCode, "unitCode"), null);
    }

    /** The published plans addressed to {@code unitCode} and every plan it issued: what a unit's staff reads. */
    public static PlanScope unitStaff(String unitCode) {
        return new PlanScope(Objects.requireNonNull(unitCode, "unitCode"), unitCode);
    }

    /**
     * What {@code caller} reads: every plan for province staff, its unit's plans for a unit's staff, the plans
     * addressed to its unit for a unit's reporter.
     *
     * @throws vn.ldld.web.security.ForbiddenException for a unit's account without a unit
     */
    public static PlanScope of(Caller caller) {
        if (caller.isStaff()) {
            return all();
        }
        return caller.has(Role.UNIT_STAFF) ? unitStaff(caller.requireUnit()) : recipient(caller.requireUnit());
    }

    /** Whether this scope is restricted to one unit's plans. */
    public boolean restricted() {
        return recipientCode != null;
    }

    /**
     * Whether {@code plan} is within this scope, from what the plan itself says (its listed recipients and issuer);
     * the recipients resolved from its rules are looked up by the {@link PlanService}.
     */
    public boolean includes(Plan plan) {
        return !restricted() || issues(plan) || plan.wasPublished() && plan.isAddressedTo(recipientCode);
    }

    /** Whether {@code plan} is one of the scope's unit's own plans. */
    boolean issues(Plan plan) {
        return issuerCode != null && plan.content() != null && issuerCode.equals(plan.content().issuer().code());
    }
}
