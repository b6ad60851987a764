package vn.ldld.analytics.summary;

/** No published version of the plan has reached analytics (it may not exist, or its event is still on its way). */
public class PlanNotKnownException extends RuntimeException {

    private final String planId;

    public PlanNotKnownException(String planId) {
        super("No published plan " + planId + " is known to analytics");
        this.planId = planId;
    }

    public String planId() {
        return planId;
    }
}
