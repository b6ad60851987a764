package vn.ldld.plan.plan;

/** The client's copy of the plan is stale: another write came first. */
public class PlanVersionMismatchException extends RuntimeException {

    private final long currentVersion;

    public PlanVersionMismatchException(String planId, long currentVersion) {
        super("Plan %s is at version %d: it changed since it was read".formatted(planId, currentVersion));
        this.currentVersion = currentVersion;
    }

    /** The plan's version now. */
    public long currentVersion() {
        return currentVersion;
    }
}
