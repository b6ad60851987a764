package vn.ldld.analytics.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.ldld.analytics.store.Sequenced;
import vn.ldld.analytics.unit.Unit;

/**
 * One report as analytics knows it. Merging is order-independent and idempotent: the content (values, narrative)
 * is that of the highest revision seen; the receipt is that of the first submission; the review is the latest by
 * revision (an acceptance wins over a return of the same revision).
 *
 * @param reportId report id (document id)
 * @param seq write sequence
 * @param planId plan
 * @param phaseNumber phase
 * @param unit reporting unit
 * @param receiptNumber receipt number (số đến), or {@code null} before any content arrived
 * @param receivedAt first receipt, or {@code null} before any content arrived
 * @param deadline deadline the receipt was judged against
 * @param onTime whether the first receipt was on time
 * @param lateSeconds lateness of the first receipt in seconds
 * @param revision content revision held, 0 when only a review has arrived so far
 * @param contentStatus status the content event gave ({@code SUBMITTED} or {@code RESUBMITTED})
 * @param values indicator values of that revision, numbers written as plain decimals
 * @param narrative narrative texts of that revision
 * @param revisedAt when that revision was received
 * @param reviewRank 2 × reviewed revision, + 1 when accepted; 0 when never reviewed
 * @param reviewedAt when the latest review happened
 * @param returnReason why the latest return happened, or {@code null}
 * @param planVersion plan version in force at the first receipt, or {@code null} when not told: later versions may
 *                    extend {@code deadline}
 */
@Document("reports")
public record ReportFact(@Id String reportId, long seq, String planId, int phaseNumber, Unit unit,
                         Integer receiptNumber, Instant receivedAt, Instant deadline, boolean onTime,
                         long lateSeconds, int revision, String contentStatus, Map<String, String> values,
                         Map<String, String> narrative, Instant revisedAt, int reviewRank, Instant reviewedAt,
                         String returnReason, Long planVersion) implements Sequenced<ReportFact> {

    @Override
    public ReportFact withSeq(long seq) {
        return new ReportFact(reportId, seq, planId, phaseNumber, unit, receiptNumber, receivedAt, deadline, onTime,
                lateSeconds, revision, contentStatus, values, narrative, revisedAt, reviewRank, reviewedAt,
                returnReason, planVersion);
    }

    /** Whether the report itself (not only a review of it) has arrived. */
    public boolean received() {
        return revision > 0;
    }

    /** The status after the latest revision and review, {@code null} when not received yet. */
    public ReportStatus status() {
        if (!received()) {
            return null;
        }
        if (reviewRank > 0 && reviewRank / 2 >= revision) {
            return reviewRank % 2 == 1 ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
        }
        return "RESUBMITTED".equals(contentStatus) ? ReportStatus.RESUBMITTED : ReportStatus.SUBMITTED;
    }

    /** The numeric value of an indicator, or {@code null} when absent or not a number. */
    public BigDecimal number(String code) {
        String value = values == null ? null : values.get(code);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException text) {
            return null;
        }
    }

    static ReportFact empty(String reportId, String planId, int phaseNumber, Unit unit) {
        return new ReportFact(reportId, 0, planId, phaseNumber, unit, null, null, null, false, 0, 0, null,
                Map.of(), Map.of(), null, 0, null, null, null);
    }

    ReportFact received(ReportReceived event) {
        if (event.revision() <= revision) {
            return this;
        }
        return new ReportFact(reportId, seq, event.planId(), event.phaseNumber(), event.unit(), event.receiptNumber(),
                event.receivedAt(), event.deadline(), Boolean.TRUE.equals(event.onTime()),
                event.lateSeconds() == null ? 0 : event.lateSeconds(), event.revision(), event.status(),
                plain(event.values()), event.narrative() == null ? Map.of() : Map.copyOf(event.narrative()),
                event.revisedAt() != null ? event.revisedAt() : event.receivedAt(), reviewRank, reviewedAt,
                returnReason, event.planVersion() != null ? event.planVersion() : planVersion);
    }

    ReportFact reviewed(int reviewedRevision, boolean accepted, Instant at, String reason) {
        int rank = reviewedRevision * 2 + (accepted ? 1 : 0);
        if (rank <= reviewRank) {
            return this;
        }
        return new ReportFact(reportId, seq, planId, phaseNumber, unit, receiptNumber, receivedAt, deadline, onTime,
                lateSeconds, revision, contentStatus, values, narrative, revisedAt, rank, at,
                accepted ? null : reason, planVersion);
    }

    private static Map<String, String> plain(Map<String, Object> values) {
        Map<String, String> plain = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((code, value) -> {
                if (value instanceof BigDecimal decimal) {
                    plain.put(code, decimal.toPlainString());
                } else if (value instanceof Number number) {
                    plain.put(code, new BigDecimal(number.toString()).toPlainString());
                } else if (value != null) {
                    plain.put(code, value.toString());
                }
            });
        }
        return plain;
    }
}
