package vn.ldld.analytics.report;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.ldld.analytics.store.Merges;
import vn.ldld.messaging.store.Indexes;

/**
 * The decisions the parent units took on their sub-units' reports (the accepted and returned events at level
 * {@code PARENT}); decisions of the province are not kept here.
 */
@Component
public class ParentReviews {

    private static final String PARENT = "PARENT";

    private final MongoTemplate mongo;

    public ParentReviews(MongoTemplate mongo) {
        this.mongo = mongo;
        Indexes.ensure(mongo, ParentReview.class,
                new Index().on("planId", Sort.Direction.ASC).on("phaseNumber", Sort.Direction.ASC));
    }

    public void on(ReportAccepted event) {
        if (PARENT.equals(event.reviewLevel()) && event.reviewerUnitCode() != null) {
            merge(event.reportId(), event.planId(), event.phaseNumber(), event.unitCode(), event.revision(), true,
                    event.reviewerUnitCode());
        }
    }

    public void on(ReportReturned event) {
        if (PARENT.equals(event.reviewLevel()) && event.reviewerUnitCode() != null) {
            merge(event.reportId(), event.planId(), event.phaseNumber(), event.unitCode(), event.revision(), false,
                    event.reviewerUnitCode());
        }
    }

    /** The parents' decisions on the reports of one phase of a plan. */
    public List<ParentReview> of(String planId, int phaseNumber) {
        return mongo.find(Query.query(Criteria.where("planId").is(planId).and("phaseNumber").is(phaseNumber)),
                ParentReview.class);
    }

    /** Forgets every decision, for a rebuild. */
    public long clear() {
        return mongo.remove(new Query(), ParentReview.class).getDeletedCount();
    }

    private void merge(String reportId, String planId, int phaseNumber, String unitCode, int revision,
                       boolean accepted, String by) {
        Merges.merge(mongo, ParentReview.class, reportId, current -> (current == null
                ? new ParentReview(reportId, 0, planId, phaseNumber, unitCode, by, 0, false) : current)
                .decided(revision, accepted, by));
    }
}
