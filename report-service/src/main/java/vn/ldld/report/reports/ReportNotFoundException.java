package vn.ldld.report.reports;

import vn.ldld.web.NotFoundException;

/** No report with this id, or one the caller may not see. */
public class ReportNotFoundException extends NotFoundException {

    ReportNotFoundException(String id) {
        super("Report not found", "No report with id " + id);
    }
}
