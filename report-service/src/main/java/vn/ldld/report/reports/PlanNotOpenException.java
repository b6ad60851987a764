package vn.ldld.report.reports;

import vn.ldld.web.ConflictException;

/** The plan is closed or cancelled: it takes no more reports or revisions (409 naming {@code planId}). */
public class PlanNotOpenException extends ConflictException {

    PlanNotOpenException(String message) {
        super("Plan not open for reports", "planId", message);
    }
}
