package vn.ldld.plan.plans;

import vn.ldld.web.ConflictException;

/** The plan's status does not allow the operation, e.g. editing or publishing a published plan. */
public class PlanStatusConflictException extends ConflictException {

    private final PlanStatus currentStatus;

    public PlanStatusConflictException(String planId, PlanStatus currentStatus, String operation) {
        super("Wrong plan status", "Plan %s is %s: cannot %s it".formatted(planId, currentStatus, operation));
        this.currentStatus = currentStatus;
        property("currentStatus", currentStatus);
    }

    /** The plan's status now. */
    public PlanStatus currentStatus() {
        return currentStatus;
    }
}
