package vn.ldld.report.reports;

import vn.ldld.web.ConflictException;

/** The report's status does not allow the change: a 409 with {@code currentStatus}. */
public class ReportStatusConflictException extends ConflictException {

    ReportStatusConflictException(ReportStatus currentStatus, String message) {
        super("Wrong report status", message);
        property("currentStatus", currentStatus);
    }
}
