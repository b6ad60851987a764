package vn.ldld.report.report;

/** The unit already has a report for this plan and phase: {@link #existingId} is it. */
public class DuplicateReportException extends RuntimeException {

    private final String existingId;

    public DuplicateReportException(String existingId) {
        super("This unit already submitted its report for this plan and phase; revise it with PUT");
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
