package vn.ldld.plan.plans;

import java.util.List;
import java.util.Objects;

import vn.ldld.web.security.Caller;
import vn.ldld.web.security.ForbiddenException;

/**
 * Who writes a plan: province staff (any plan), or the staff of one unit, who write only their own unit's
 * implementing plans (issued by the unit and implementing a published plan).
 *
 * @param unitCode the unit of a unit's staff, null for province staff
 */
public record PlanAuthor(String unitCode) {

    private static final PlanAuthor PROVINCE = new PlanAuthor(null);

    /** Province staff. */
    public static PlanAuthor province() {
        return PROVINCE;
    }

    /** The staff of {@code unitCode}. */
    public static PlanAuthor unitStaff(String unitCode) {
        return new PlanAuthor(Objects.requireNonNull(unitCode, "unitCode"));
    }

    /** The author {@code caller} is: province staff, or a unit's staff (the only roles that write plans). */
    public static PlanAuthor of(Caller caller) {
        return caller.isStaff() ? province() : unitStaff(caller.requireUnit());
    }

    /** Whether this is a unit's staff. */
    public boolean isUnit() {
        return unitCode != null;
    }

    /** The plans this author reads. */
    public PlanScope scope() {
        return isUnit() ? PlanScope.unitStaff(unitCode) : PlanScope.all();
    }

    /**
     * Checks that this author may write {@code content} (a new draft, an edit or an amendment).
     *
     * @throws ForbiddenException (403) when a unit's staff names another issuer
     * @throws PlanRuleViolationException (400, naming {@code implementsPlanId}) when a unit's staff writes a plan
     *         that implements no other
     */
    void requireMayWrite(PlanContent content) {
        if (!isUnit()) {
            return;
        }
        if (!unitCode.equals(content.issuer().code())) {
            throw refused();
        }
        if (!content.isImplementing()) {
            throw new PlanRuleViolationException("The plan is inconsistent", List.of(new Violation("implementsPlanId",
                    "a unit's staff write only implementing plans: name the published plan this one implements")));
        }
    }

    /**
     * Checks that this author may write {@code plan}, which it can read.
     *
     * @throws ForbiddenException (403) when a unit's staff writes a plan that is not its unit's implementing plan
     */
    void requireMayWrite(Plan plan) {
        if (isUnit() && !(unitCode.equals(plan.content().issuer().code()) && plan.content().isImplementing())) {
            throw refused();
        }
    }

    private static ForbiddenException refused() {
        return new ForbiddenException("A unit's staff write only their own unit's implementing plans.");
    }
}
