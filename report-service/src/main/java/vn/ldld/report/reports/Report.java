package vn.ldld.report.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.ldld.report.plan.UnitRef;

/**
 * A unit's report for one phase of one plan: one per plan, phase and unit. Receipt, reception time, the deadline it
 * was judged against and the verdict never change after the submission; the content changes by revisions, all kept.
 *
 * @param id report id (UUID)
 * @param planId the plan
 * @param planVersion plan version in force when the report was received
 * @param phaseNumber the phase
 * @param unit the reporting unit as the plan named it
 * @param receivingUnitCode the unit that received it (the plan's issuer)
 * @param receiptNumber receipt number (số đến) in the receiving unit's register
 * @param receiptYear year of that register
 * @param receivedAt when the submission was received (server clock)
 * @param deadline the deadline in force at that moment
 * @param onTime whether {@code receivedAt <= deadline}
 * @param lateSeconds how late, 0 when on time
 * @param status workflow status
 * @param revision current revision number
 * @param version optimistic-lock version, 1 at submission, +1 for every change (the ETag)
 * @param submittedBy who submitted it first
 * @param lastReview the last review decision, or null
 * @param revisions every revision, oldest first
 * @param idempotencyKey the caller-scoped {@code Idempotency-Key} of the submission, or {@code none/<id>}
 * @param requestFingerprint fingerprint of the submission request, null without a key
 * @param idempotencyExpiresAt when the key stops being remembered, null without a key
 */
@Document("reports")
public record Report(@Id String id, String planId, long planVersion, int phaseNumber, UnitRef unit,
                     String receivingUnitCode, long receiptNumber, int receiptYear, Instant receivedAt,
                     Instant deadline, boolean onTime, long lateSeconds, ReportStatus status, int revision,
                     long version, String submittedBy, Review lastReview, List<Revision> revisions,
                     String idempotencyKey, String requestFingerprint, Instant idempotencyExpiresAt) {

    /** The current revision. */
    public Revision current() {
        return revisions.get(revisions.size() - 1);
    }

    /** This report with a new revision appended. */
    Report revised(Revision next, ReportStatus nextStatus) {
        List<Revision> all = new ArrayList<>(revisions);
        all.add(next);
        return new Report(id, planId, planVersion, phaseNumber, unit, receivingUnitCode, receiptNumber, receiptYear,
                receivedAt, deadline, onTime, lateSeconds, nextStatus, next.number(), version + 1, submittedBy,
                lastReview, all, idempotencyKey, requestFingerprint, idempotencyExpiresAt);
    }

    /** This report after a review decision. */
    Report reviewed(ReportStatus nextStatus, Review review) {
        return new Report(id, planId, planVersion, phaseNumber, unit, receivingUnitCode, receiptNumber, receiptYear,
                receivedAt, deadline, onTime, lateSeconds, nextStatus, revision, version + 1, submittedBy, review,
                revisions, idempotencyKey, requestFingerprint, idempotencyExpiresAt);
    }
}
