package vn.ldld.plan.plan;

/** The plan's status does not allow the operation, e.g. editing or publishing a published plan. */
public class PlanStatusConflictException extends RuntimeException {

    private final PlanStatus currentStatus;

    public PlanStatusConflictException(String planId, PlanStatus currentStatus, String operation) {
        super("Plan %s is %s: cannot %s it".formatted(planId, currentStatus, operation));
        this.currentStatus = currentStatus;
    }

    /** The plan's status now. */
    public PlanStatus currentStatus() {
        return currentStatus;
    }
}
