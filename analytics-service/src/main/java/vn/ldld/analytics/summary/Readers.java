package vn.ldld.analytics.summary;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.plan.PlanView;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.web.security.Caller;
import vn.ldld.web.security.ForbiddenException;
import vn.ldld.web.security.Role;

/**
 * Who may read the analysis of a plan and its exports: province staff and viewers (outside systems' machine clients
 * carry VIEWER) every plan; the staff of a unit ({@code UNIT_STAFF}, e.g. a district federation's office) the plans
 * its unit issued (its implementing plans). Everyone else gets 403: unit reporters, tokens without a role, and a
 * unit's staff for any other plan, known or not, so that it learns nothing of the plans it may not read.
 */
@Component
public class Readers {

    /** The rule of a plan's analysis as the OpenAPI document states it. */
    public static final String ROLES = "Roles: PROVINCE_STAFF or VIEWER (machine clients); UNIT_STAFF of the unit "
            + "that issued the plan (a district's staff reads the analytics of its own implementing plans). "
            + "Others: 403.";

    /** The rule of the list of plans as the OpenAPI document states it. */
    public static final String LIST_ROLES = "Roles: PROVINCE_STAFF or VIEWER (machine clients): every plan; "
            + "UNIT_STAFF: the plans its unit issued. Others: 403.";

    private final PlanViews plans;

    public Readers(PlanViews plans) {
        this.plans = plans;
    }

    /**
     * Fails with 403 unless {@code caller} may read the analysis of plan {@code planId}. Province staff and viewers
     * pass for any id (an unknown plan is then the reader's 404); a unit's staff only for a known plan of its unit.
     */
    public void require(Caller caller, String planId) {
        if (readsEveryPlan(caller)) {
            return;
        }
        if (!caller.has(Role.UNIT_STAFF) || caller.unitCode() == null
                || plans.find(planId).filter(plan -> mayRead(caller, plan)).isEmpty()) {
            throw new ForbiddenException("This needs the role PROVINCE_STAFF or VIEWER, or the staff of the unit "
                    + "that issued the plan.");
        }
    }

    /** Fails with 403 unless {@code caller} may read the analysis of some plans (the list of plans). */
    public void requireSome(Caller caller) {
        if (!readsEveryPlan(caller) && !(caller.has(Role.UNIT_STAFF) && caller.unitCode() != null)) {
            throw new ForbiddenException("This needs the role PROVINCE_STAFF, VIEWER or UNIT_STAFF.");
        }
    }

    /** The rule: whether {@code caller} may read the analysis of {@code plan}. */
    public static boolean mayRead(Caller caller, PlanView plan) {
        return readsEveryPlan(caller) || caller.has(Role.UNIT_STAFF) && plan.content() != null
                && plan.content().issuer() != null && caller.isUnit(plan.content().issuer().code());
    }

    /** Province staff and viewers read the analysis of every plan. */
    public static boolean readsEveryPlan(Caller caller) {
        return caller.has(Role.PROVINCE_STAFF) || caller.has(Role.VIEWER);
    }
}
