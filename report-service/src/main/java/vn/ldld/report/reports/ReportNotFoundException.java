package vn.ldld.report.report;

/** No report with this id. */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(String id) {
        super("No report with id " + id);
    }
}
