package vn.ldld.plan.plans;

import vn.ldld.web.VersionMismatchException;

/** The client's copy of the plan is stale: another write came first. */
public class PlanVersionMismatchException extends VersionMismatchException {

    public PlanVersionMismatchException(String planId, long currentVersion) {
        super("Plan %s is at version %d: it changed since it was read".formatted(planId, currentVersion),
                currentVersion);
    }
}
