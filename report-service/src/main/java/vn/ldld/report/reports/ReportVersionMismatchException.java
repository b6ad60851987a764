package vn.ldld.report.report;

/** The change was based on another version than the stored one. */
public class ReportVersionMismatchException extends RuntimeException {

    private final long currentVersion;

    public ReportVersionMismatchException(long currentVersion) {
        super("The report is at version " + currentVersion + "; read it again");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
