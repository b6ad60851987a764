package vn.ldld.plan.plans;

import vn.ldld.web.NotFoundException;

/** No plan has this id (or the caller's scope hides it). */
public class PlanNotFoundException extends NotFoundException {

    private final String planId;

    public PlanNotFoundException(String planId) {
        this(planId, "No plan " + planId);
    }

    public PlanNotFoundException(String planId, String message) {
        super("Plan not found", message);
        this.planId = planId;
    }

    /** The id asked for. */
    public String planId() {
        return planId;
    }
}
