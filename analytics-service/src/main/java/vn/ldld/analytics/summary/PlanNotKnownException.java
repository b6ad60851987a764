package vn.ldld.analytics.summary;

import vn.ldld.web.NotFoundException;

/**
 * No published version of the plan has reached analytics (it may not exist, or its event is still on its way): a
 * 404 naming the path variable {@code planId}.
 */
public class PlanNotKnownException extends NotFoundException {

    private final String planId;

    public PlanNotKnownException(String planId) {
        super("Plan not known", "planId", "No published plan " + planId + " is known to analytics");
        this.planId = planId;
    }

    public String planId() {
        return planId;
    }
}
