package vn.ldld.analytics.notice;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.ldld.analytics.store.Sequenced;
import vn.ldld.analytics.unit.Unit;

/**
 * A unit found without a report when a phase deadline passed; one document per plan, phase and unit, holding the
 * latest deadline it was found overdue at.
 *
 * @param id {@code planId/phaseNumber/unitCode}
 * @param seq write sequence
 * @param planId plan
 * @param phaseNumber phase
 * @param unit the unit
 * @param deadline the latest deadline that passed without its report
 * @param detectedAt when that was detected
 */
@Document("overdue")
public record OverdueNotice(@Id String id, long seq, String planId, int phaseNumber, Unit unit, Instant deadline,
                            Instant detectedAt) implements Sequenced<OverdueNotice> {

    @Override
    public OverdueNotice withSeq(long seq) {
        return new OverdueNotice(id, seq, planId, phaseNumber, unit, deadline, detectedAt);
    }

    static String idOf(String planId, int phaseNumber, String unitCode) {
        return planId + "/" + phaseNumber + "/" + unitCode;
    }

    OverdueNotice merge(ReportOverdue event) {
        if (deadline != null && !event.deadline().isAfter(deadline)) {
            return this;
        }
        return new OverdueNotice(id, seq, event.planId(), event.phaseNumber(), event.unit(), event.deadline(),
                event.detectedAt());
    }
}
