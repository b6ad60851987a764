package vn.ldld.report.reports.web;

import java.time.Instant;

import vn.ldld.report.reports.Report;
import vn.ldld.report.reports.ReportStatus;

/**
 * The answer to an accepted submission (201), the same for its replays: the receipt and the verdict.
 *
 * @param id report id
 * @param planId the plan
 * @param phaseNumber the phase
 * @param unitCode the reporting unit
 * @param receivingUnitCode who received it
 * @param receiptNumber receipt number (số đến)
 * @param receiptYear year of the register
 * @param receivedAt server time of receipt
 * @param deadline the deadline in force it was judged against
 * @param onTime whether it arrived at or before the deadline
 * @param lateSeconds how late, 0 when on time
 * @param status {@code SUBMITTED}
 * @param revision 1
 */
public record ReceiptResponse(String id, String planId, int phaseNumber, String unitCode, String receivingUnitCode,
                              long receiptNumber, int receiptYear, Instant receivedAt, Instant deadline,
                              boolean onTime, long lateSeconds, ReportStatus status, int revision) {

    /** Only what never changes after the submission, so a replay answers exactly the original. */
    static ReceiptResponse of(Report r) {
        return new ReceiptResponse(r.id(), r.planId(), r.phaseNumber(), r.unit().code(), r.receivingUnitCode(),
                r.receiptNumber(), r.receiptYear(), r.receivedAt(), r.deadline(), r.onTime(), r.lateSeconds(),
                ReportStatus.SUBMITTED, 1);
    }
}
