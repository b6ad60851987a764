package vn.ldld.report.reports;

import vn.ldld.web.VersionMismatchException;

/** The change was based on another version than the stored one. */
public class ReportVersionMismatchException extends VersionMismatchException {

    ReportVersionMismatchException(long currentVersion) {
        super("The report is at version " + currentVersion + "; read it again", currentVersion);
    }
}
