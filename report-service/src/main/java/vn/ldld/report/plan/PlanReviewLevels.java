package vn.ldld.report.plan;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Who reviews the reports of each plan ({@code plan.reviewBy} of the plan events: {@code PROVINCE} or
 * {@code PARENT}), kept beside the plan views in a collection of its own and, like them, ordered by plan version: an
 * older version never overwrites a newer one. A plan no event has told about is reviewed by the province.
 */
@Component
public class PlanReviewLevels {

    /** Reviewed by the issuing province federation (the default). */
    public static final String PROVINCE = "PROVINCE";

    private final MongoTemplate mongo;

    PlanReviewLevels(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("plan_review_levels")
    record PlanReviewLevel(@Id String planId, long version, String reviewBy) {
    }

    /** {@code reviewBy} of the plan, {@value #PROVINCE} when not known. */
    public String of(String planId) {
        PlanReviewLevel level = mongo.findById(planId, PlanReviewLevel.class);
        return level == null || level.reviewBy() == null ? PROVINCE : level.reviewBy();
    }

    /** Takes the plan's {@code reviewBy} at {@code version} (absent: province) unless a newer version is stored. */
    void apply(String planId, long version, String reviewBy) {
        String level = reviewBy == null ? PROVINCE : reviewBy;
        Query older = query(where("_id").is(planId).and("version").lt(version));
        Update update = new Update().set("version", version).set("reviewBy", level);
        if (mongo.updateFirst(older, update, PlanReviewLevel.class).getMatchedCount() == 1) {
            return;
        }
        try {
            mongo.insert(new PlanReviewLevel(planId, version, level));
        } catch (DuplicateKeyException asNewOrNewer) {
            mongo.updateFirst(older, update, PlanReviewLevel.class);
        }
    }
}
