package vn.ldld.notification.schedule;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import vn.ldld.messaging.store.Indexes;

/**
 * The persisted schedule: adds notifications (idempotently, by their natural key) and cancels pending ones. The
 * plan and report features call it; {@link Dispatcher} sends what comes due.
 */
@Component
public class Schedule {

    private static final Logger log = LoggerFactory.getLogger(Schedule.class);

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    Schedule(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
        // the dispatcher's claim of due and abandoned notifications; the lookups of one plan, phase and unit
        Indexes.ensure(mongo, Notification.class,
                new Index().on("status", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC).named("status_dueAt"),
                new Index().on("status", Sort.Direction.ASC).on("leaseUntil", Sort.Direction.ASC)
                        .named("status_leaseUntil"),
                new Index().on("plan.planId", Sort.Direction.ASC).on("phaseNumber", Sort.Direction.ASC)
                        .on("subjectUnit.code", Sort.Direction.ASC).named("plan_phase_unit"));
    }

    /** Adds the notifications not scheduled yet; one already there (same key) is left as it is. */
    public void add(Collection<Notification> notifications) {
        for (Notification notification : notifications) {
            try {
                mongo.insert(notification);
                meters.counter("reminders.scheduled", "kind", notification.kind().name()).increment();
            } catch (DuplicateKeyException alreadyScheduled) {
                log.atDebug().setMessage("Notification already scheduled").addKeyValue("key", notification.id()).log();
            }
        }
    }

    /**
     * Cancels the pending notifications of a plan that match.
     *
     * @param phaseNumber a phase, or null for all
     * @param subjectUnitCode the unit whose report they are about, or null for all
     * @param kinds the kinds to cancel
     * @param exceptIds keys to keep
     * @return how many were cancelled
     */
    public long cancel(String planId, Integer phaseNumber, String subjectUnitCode, Set<NotificationKind> kinds,
                       Set<String> exceptIds, String reason) {
        Criteria criteria = Criteria.where("plan.planId").is(planId).and("status").is(NotificationStatus.PENDING)
                .and("kind").in(kinds);
        if (phaseNumber != null) {
            criteria.and("phaseNumber").is(phaseNumber);
        }
        if (subjectUnitCode != null) {
            criteria.and("subjectUnit.code").is(subjectUnitCode);
        }
        if (!exceptIds.isEmpty()) {
            criteria.and("_id").nin(exceptIds);
        }
        Query query = Query.query(criteria);
        query.fields().include("kind");
        List<Pending> found = mongo.find(query, Pending.class, Notification.COLLECTION);
        if (found.isEmpty()) {
            return 0;
        }
        List<String> ids = found.stream().map(Pending::id).toList();
        long count = mongo.updateMulti(Query.query(Criteria.where("_id").in(ids).and("status")
                        .is(NotificationStatus.PENDING)),
                new Update().set("status", NotificationStatus.CANCELLED).set("outcome", reason), Notification.class)
                .getModifiedCount();
        // one write for all; the kinds counted are those found, unless one was sent meanwhile by another instance
        List<Pending> counted = count == found.size() ? found : mongo.find(Query.query(Criteria.where("_id").in(ids)
                        .and("status").is(NotificationStatus.CANCELLED).and("outcome").is(reason)), Pending.class,
                Notification.COLLECTION);
        counted.forEach(pending -> meters.counter("reminders.cancelled", "kind", pending.kind().name()).increment());
        if (count > 0) {
            log.atInfo().setMessage("Notifications cancelled").addKeyValue("planId", planId)
                    .addKeyValue("phaseNumber", phaseNumber).addKeyValue("unitCode", subjectUnitCode)
                    .addKeyValue("count", count).addKeyValue("reason", reason).log();
        }
        return count;
    }

    /** The part of a pending notification that cancelling it needs. */
    record Pending(String id, NotificationKind kind) {
    }

    /** Every notification of a plan, by due time. */
    public List<Notification> ofPlan(String planId, NotificationStatus status) {
        Criteria criteria = Criteria.where("plan.planId").is(planId);
        if (status != null) {
            criteria.and("status").is(status);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("dueAt", "_id")), Notification.class);
    }
}
