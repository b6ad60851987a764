package vn.ldld.analytics.report;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.ldld.analytics.store.Sequenced;

/**
 * What the parent unit decided on one report, for a plan reviewed by the parent (review by the level above). Merging
 * is order-independent and idempotent: the latest decision by revision (an acceptance wins over a return of the same
 * revision), and whether the parent ever returned it.
 *
 * @param reportId report id (document id)
 * @param seq write sequence
 * @param planId plan
 * @param phaseNumber phase
 * @param unitCode reporting unit
 * @param reviewerUnitCode the parent unit whose staff decided
 * @param rank 2 × reviewed revision, + 1 when accepted
 * @param everReturned whether the parent returned the report at least once
 */
@Document("parent_reviews")
public record ParentReview(@Id String reportId, long seq, String planId, int phaseNumber, String unitCode,
                           String reviewerUnitCode, int rank, boolean everReturned)
        implements Sequenced<ParentReview> {

    @Override
    public ParentReview withSeq(long seq) {
        return new ParentReview(reportId, seq, planId, phaseNumber, unitCode, reviewerUnitCode, rank, everReturned);
    }

    /** Whether the parent's latest decision is an acceptance. */
    public boolean accepted() {
        return rank % 2 == 1;
    }

    ParentReview decided(int revision, boolean accepted, String by) {
        int decision = 2 * revision + (accepted ? 1 : 0);
        return new ParentReview(reportId, seq, planId, phaseNumber, unitCode, by, Math.max(rank, decision),
                everReturned || !accepted);
    }
}
