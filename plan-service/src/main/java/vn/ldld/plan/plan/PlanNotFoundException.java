package vn.ldld.plan.plan;

/** No plan has this id. */
public class PlanNotFoundException extends RuntimeException {

    private final String planId;

    public PlanNotFoundException(String planId) {
        super("No plan " + planId);
        this.planId = planId;
    }

    public PlanNotFoundException(String planId, String message) {
        super(message);
        this.planId = planId;
    }

    /** The id asked for. */
    public String planId() {
        return planId;
    }
}
