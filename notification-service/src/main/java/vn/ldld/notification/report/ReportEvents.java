package vn.ldld.notification.report;

import java.time.Instant;

/**
 * notification-service's own reading of the report events (contracts/schemas/report-*.v1): only the fields it uses,
 * unknown fields tolerated.
 */
final class ReportEvents {

    static final String SUBMITTED = "vn.ldld.report.submitted.v1";
    static final String REVISED = "vn.ldld.report.revised.v1";
    static final String RETURNED = "vn.ldld.report.returned.v1";
    static final String ACCEPTED = "vn.ldld.report.accepted.v1";

    private ReportEvents() {
    }

    /** ReportSubmitted or ReportRevised ({@code revisedAt} only in the latter). */
    record ReportReceived(String reportId, String planId, int phaseNumber, UnitRef unit, Integer receiptNumber,
                          Integer receiptYear, String receivingUnitCode, Instant receivedAt, Instant deadline,
                          Boolean onTime, Long lateSeconds, int revision, String status, Instant revisedAt) {
    }

    record ReportReturned(String reportId, String planId, int phaseNumber, String unitCode, int revision,
                          String reason, Instant returnedAt) {
    }

    record ReportAccepted(String reportId, String planId, int phaseNumber, String unitCode, int revision,
                          Instant acceptedAt) {
    }

    record UnitRef(String code, String name, String shortName, String kind, String parentCode) {
    }
}
