package vn.ldld.report.reports;

import vn.ldld.web.NotFoundException;

/** No event of a published plan with this id has arrived: intake answers 404 naming {@code planId}. */
public class PlanUnknownException extends NotFoundException {

    PlanUnknownException(String planId) {
        super("Plan not found", "planId", "No published plan with id " + planId);
    }
}
