package vn.ldld.analytics.event;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.ldld.analytics.notice.Notices;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.analytics.report.ParentReviews;
import vn.ldld.analytics.report.ReportFacts;
import vn.ldld.messaging.inbox.ProcessedEvents;

/**
 * Resets the read models and replays the topics from the beginning. The instance that receives the command
 * clears the read models and the inbox marks, then counts a new generation in {@code rebuilds}; every instance
 * (this one at once, the others at their next check) rewinds the partitions it holds, so the whole consumer group
 * replays everything. Effects are merges on natural keys, so events applied between the reset and the rewind
 * change nothing when they come again.
 */
@Component
class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final String COLLECTION = "rebuilds";
    private static final String GENERATION = "generation";

    private final MongoTemplate mongo;
    private final PlanViews plans;
    private final ReportFacts reports;
    private final Notices notices;
    private final ParentReviews parentReviews;
    private final ProcessedEvents processed;
    private final PlatformEventsListener listener;
    /** The generation this instance has replayed for; -1 until it has read the current one. */
    private volatile long seen = -1;

    Rebuild(MongoTemplate mongo, PlanViews plans, ReportFacts reports, Notices notices, ParentReviews parentReviews,
            ProcessedEvents processed, PlatformEventsListener listener) {
        this.mongo = mongo;
        this.plans = plans;
        this.reports = reports;
        this.notices = notices;
        this.parentReviews = parentReviews;
        this.processed = processed;
        this.listener = listener;
    }

    RebuildResult run() {
        long plansRemoved = plans.clear();
        long reportsRemoved = reports.clear();
        long noticesRemoved = notices.clear();
        parentReviews.clear();
        processed.forget(PlatformEventsListener.CONSUMER);
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(GENERATION)),
                new Update().inc("value", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COLLECTION);
        long generation = ((Number) counter.get("value")).longValue();
        seen = generation;
        listener.replayFromStart();
        RebuildResult result = new RebuildResult(generation, plansRemoved, reportsRemoved, noticesRemoved);
        log.atInfo().setMessage("Read models reset, replaying the topics").addKeyValue("generation", generation)
                .addKeyValue("plansRemoved", plansRemoved).addKeyValue("reportsRemoved", reportsRemoved)
                .addKeyValue("noticesRemoved", noticesRemoved).log();
        return result;
    }

    /** Follows a rebuild started on another instance: rewinds this instance's partitions once per generation. */
    @Scheduled(fixedDelayString = "${analytics.rebuild.check-interval:2s}")
    void followOtherInstances() {
        long generation = current();
        if (seen < 0) {
            seen = generation;
        } else if (generation != seen) {
            seen = generation;
            log.atInfo().setMessage("Rebuild started elsewhere, replaying").addKeyValue("generation", generation).log();
            listener.replayFromStart();
        }
    }

    private long current() {
        Document counter = mongo.findById(GENERATION, Document.class, COLLECTION);
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
    }
}
