package vn.ldld.report.report;

/** The report's status does not allow the change. */
public class ReportStatusConflictException extends RuntimeException {

    private final ReportStatus currentStatus;

    public ReportStatusConflictException(ReportStatus currentStatus, String message) {
        super(message);
        this.currentStatus = currentStatus;
    }

    public ReportStatus currentStatus() {
        return currentStatus;
    }
}
