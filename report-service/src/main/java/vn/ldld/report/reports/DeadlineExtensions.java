package vn.ldld.report.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.ldld.report.plan.PhaseDeadlinesSet;
import vn.ldld.report.plan.PhaseView;

/**
 * Judges again, against a later deadline a plan version set for their phase, the reports that were late at receipt
 * and received under an older version ({@link Timeliness}). Each report keeps the latest such deadline and the
 * first version that set it, so the result is the same whatever order the versions arrive in, and a shortening
 * (an earlier deadline) changes nothing. The events of the reports do not change: every consumer applies the same
 * rule from {@code plan-amended}.
 */
@Component
class DeadlineExtensions {

    private static final Logger log = LoggerFactory.getLogger(DeadlineExtensions.class);

    private final MongoTemplate mongo;

    DeadlineExtensions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener
    void on(PhaseDeadlinesSet set) {
        if (set.phases() == null) {
            return;
        }
        for (PhaseView phase : set.phases()) {
            long changed = extend(set.planId(), set.version(), phase, true) + extend(set.planId(), set.version(), phase,
                    false);
            if (changed > 0) {
                log.atInfo().setMessage("Late reports judged against an extended deadline")
                        .addKeyValue("planId", set.planId()).addKeyValue("planVersion", set.version())
                        .addKeyValue("phase", phase.number()).addKeyValue("reports", changed).log();
            }
        }
    }

    /** The late reports of the phase received at or before (or after) the phase's new deadline. */
    private long extend(String planId, long version, PhaseView phase, boolean receivedBefore) {
        Criteria received = receivedBefore ? where("receivedAt").lte(phase.deadline())
                : where("receivedAt").gt(phase.deadline());
        Criteria notYetAsLate = new Criteria().orOperator(where("extension").is(null),
                where("extension.deadline").lt(phase.deadline()),
                where("extension.deadline").is(phase.deadline()).and("extension.planVersion").gt(version));
        Criteria candidates = where("planId").is(planId).and("phaseNumber").is(phase.number()).and("onTime").is(false)
                .and("planVersion").lt(version).and("deadline").lt(phase.deadline())
                .andOperator(received, notYetAsLate);
        Update update = new Update().set("extension", new Extension(phase.deadline(), version, receivedBefore));
        return mongo.updateMulti(query(candidates), update, Report.class).getModifiedCount();
    }
}
