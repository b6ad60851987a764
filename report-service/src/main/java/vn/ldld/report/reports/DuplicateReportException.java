package vn.ldld.report.reports;

import vn.ldld.web.ConflictException;

/** The unit already has a report for this plan and phase: a 409 linking to it ({@code existingReport}). */
public class DuplicateReportException extends ConflictException {

    DuplicateReportException(String existingId) {
        super("Report already submitted",
                "This unit already submitted its report for this plan and phase; revise it with PUT");
        conflictsWith("existingReport", Report.LOCATION, existingId);
    }
}
