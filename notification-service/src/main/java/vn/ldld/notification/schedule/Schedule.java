package vn.ldld.notification.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import vn.ldld.messaging.store.Indexes;
import vn.ldld.notification.KeyedInserts;

/**
 * The persisted schedule: adds notifications (idempotently, by their natural key) and cancels pending ones. The
 * plan and report features call it; {@link Dispatcher} sends what comes due.
 */
@Component
public class Schedule {

    private static final Logger log = LoggerFactory.getLogger(Schedule.class);

    /** Units whose pending notifications one query reads at most. */
    static final int UNITS_PER_QUERY = 100;

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

    /**
     * Adds the notifications not scheduled yet, in one unordered bulk insert; one already there (same key) is left as
     * it is.
     */
    public void add(Collection<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        List<Notification> all = List.copyOf(notifications);
        Set<Integer> alreadyScheduled = KeyedInserts.insertNew(mongo, all, Notification.class);
        if (!alreadyScheduled.isEmpty()) {
            log.atDebug().setMessage("Notifications already scheduled").addKeyValue("count", alreadyScheduled.size())
                    .log();
        }
        for (int i = 0; i < all.size(); i++) {
            if (!alreadyScheduled.contains(i)) {
                meters.counter("reminders.scheduled", "kind", all.get(i).kind().name()).increment();
            }
        }
    }

    /**
     * Cancels the pending notifications of {@code kinds} about any of {@code subjectUnitCodes} in a plan, in one write
     * per kind.
     *
     * @return how many were cancelled
     */
    public long cancelOf(String planId, Collection<String> subjectUnitCodes, Set<NotificationKind> kinds,
                         String reason) {
        if (subjectUnitCodes.isEmpty()) {
            return 0;
        }
        return cancelEach(Criteria.where("plan.planId").is(planId).and("subjectUnit.code").in(subjectUnitCodes),
                kinds, reason);
    }

    /**
     * Cancels the pending notifications of {@code kinds} of a plan, except those due at one of {@code keep}'s
     * slots: what is left of a schedule after its deadlines moved, whatever the number of units.
     *
     * @return how many were cancelled
     */
    public long cancelOutside(String planId, Set<NotificationKind> kinds, Collection<Slot> keep, String reason) {
        Criteria criteria = Criteria.where("plan.planId").is(planId);
        if (!keep.isEmpty()) {
            criteria.norOperator(keep.stream().map(slot -> Criteria.where("phaseNumber").is(slot.phaseNumber())
                    .and("kind").is(slot.kind()).and("dueAt").is(slot.dueAt())).toList());
        }
        return cancelEach(criteria, kinds, reason);
    }

    /** When a notification of one kind of one phase is due, whichever unit it is for. */
    public record Slot(int phaseNumber, NotificationKind kind, Instant dueAt) {

        public static Slot of(Notification notification) {
            return new Slot(notification.phaseNumber(), notification.kind(), notification.dueAt());
        }
    }

    private long cancelEach(Criteria criteria, Set<NotificationKind> kinds, String reason) {
        long cancelled = 0;
        for (NotificationKind kind : kinds) {
            Query query = Query.query(new Criteria().andOperator(criteria, Criteria.where("status")
                    .is(NotificationStatus.PENDING).and("kind").is(kind)));
            long count = mongo.updateMulti(query, new Update().set("status", NotificationStatus.CANCELLED)
                    .set("outcome", reason), Notification.class).getModifiedCount();
            meters.counter("reminders.cancelled", "kind", kind.name()).increment(count);
            cancelled += count;
        }
        if (cancelled > 0) {
            log.atInfo().setMessage("Notifications cancelled").addKeyValue("count", cancelled)
                    .addKeyValue("reason", reason).log();
        }
        return cancelled;
    }

    /**
     * Cancels the pending notifications of a plan that match: one read of those pending (their kinds are counted),
     * then one write.
     *
     * @param phaseNumber a phase, or null for all
     * @param subjectUnitCode the unit whose report they are about, or null for all
     * @param kinds the kinds to cancel
     * @param exceptIds keys to keep
     * @return how many were cancelled
     */
    public long cancel(String planId, Integer phaseNumber, String subjectUnitCode, Set<NotificationKind> kinds,
                       Set<String> exceptIds, String reason) {
        return cancel(toCancel(planId, phaseNumber, subjectUnitCode, kinds, exceptIds, reason));
    }

    /**
     * The pending notifications of a plan that match, read now to be cancelled by a later write: {@link #cancel}
     * of them, or {@link Dispatcher#sendNow(List, Cancelling)}, which cancels them in the write that stores the
     * notices it sends. Parameters as {@link #cancel(String, Integer, String, Set, Set, String)}.
     */
    public Cancelling toCancel(String planId, Integer phaseNumber, String subjectUnitCode,
                               Set<NotificationKind> kinds, Set<String> exceptIds, String reason) {
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
        return new Cancelling(planId, phaseNumber, subjectUnitCode, reason,
                List.copyOf(mongo.find(query, Pending.class, Notification.COLLECTION)));
    }

    /** A unit's report in a phase of a plan: what {@link #toCancelAll} reads pending notifications about. */
    public record Subject(String planId, int phaseNumber, String unitCode) {
    }

    /**
     * The pending notifications of {@code kinds} about each of {@code subjects}, read in one query to be cancelled by
     * a later write, as {@link #toCancel} reads those about one: one query per plan and phase (per
     * {@value #UNITS_PER_QUERY} units). A subject named twice gets them the first time.
     *
     * @return what to cancel for each of {@code subjects}, in their order
     */
    public List<Cancelling> toCancelAll(List<Subject> subjects, Set<NotificationKind> kinds, String reason) {
        if (subjects.size() == 1) {
            Subject only = subjects.get(0);
            return List.of(toCancel(only.planId(), only.phaseNumber(), only.unitCode(), kinds, Set.of(), reason));
        }
        Map<Subject, List<Pending>> found = new HashMap<>();
        Map<Subject, List<String>> unitsByPhase = new LinkedHashMap<>();
        subjects.forEach(subject -> unitsByPhase.computeIfAbsent(new Subject(subject.planId(), subject.phaseNumber(),
                null), phase -> new ArrayList<>()).add(subject.unitCode()));
        // by plan and phase, a bounded number of units at a time: the index on plan, phase and unit then names only
        // their notifications, however many units the plan has
        unitsByPhase.forEach((phase, units) -> {
            List<String> distinct = units.stream().distinct().toList();
            for (int from = 0; from < distinct.size(); from += UNITS_PER_QUERY) {
                List<String> some = distinct.subList(from, Math.min(distinct.size(), from + UNITS_PER_QUERY));
                Query query = Query.query(Criteria.where("plan.planId").is(phase.planId()).and("phaseNumber")
                        .is(phase.phaseNumber()).and("subjectUnit.code").in(some).and("status")
                        .is(NotificationStatus.PENDING).and("kind").in(kinds));
                query.fields().include("kind").include("subjectUnit.code");
                for (Document pending : mongo.find(query, Document.class, Notification.COLLECTION)) {
                    Subject about = new Subject(phase.planId(), phase.phaseNumber(),
                            pending.get("subjectUnit", Document.class).getString("code"));
                    found.computeIfAbsent(about, subject -> new ArrayList<>()).add(new Pending(
                            pending.getString("_id"), NotificationKind.valueOf(pending.getString("kind"))));
                }
            }
        });
        Set<Subject> given = new HashSet<>();
        return subjects.stream().map(subject -> new Cancelling(subject.planId(), subject.phaseNumber(),
                subject.unitCode(), reason, given.add(subject) ? List.copyOf(found.getOrDefault(subject, List.of()))
                        : List.of())).toList();
    }

    /**
     * Cancels those of {@code cancelling} still pending, in one write.
     *
     * @return how many were cancelled
     */
    public long cancel(Cancelling cancelling) {
        if (cancelling.isEmpty()) {
            return 0;
        }
        return cancelled(cancelling, mongo.updateMulti(cancelling.query(), cancelling.update(), Notification.class)
                .getModifiedCount());
    }

    /**
     * Counts (by kind) and logs what a write of {@code cancelling} cancelled.
     *
     * @param count how many the write cancelled
     * @return {@code count}
     */
    long cancelled(Cancelling cancelling, long count) {
        if (cancelling.isEmpty()) {
            return 0;
        }
        // the kinds counted are those found, unless one was sent meanwhile by another instance
        counted(cancelling, count == cancelling.found().size() ? cancelling.found() : cancelledNow(cancelling));
        return count;
    }

    /**
     * Counts (by kind) and logs what one write of every one of {@code cancellings} cancelled.
     *
     * @param count how many the write cancelled in all
     */
    void cancelled(List<Cancelling> cancellings, long count) {
        boolean asFound = count == cancellings.stream().mapToLong(cancelling -> cancelling.found().size()).sum();
        for (Cancelling cancelling : cancellings) {
            if (!cancelling.isEmpty()) {
                counted(cancelling, asFound ? cancelling.found() : cancelledNow(cancelling));
            }
        }
    }

    /** Those of {@code cancelling} now cancelled for its reason. */
    private List<Pending> cancelledNow(Cancelling cancelling) {
        return mongo.find(Query.query(Criteria.where("_id").in(cancelling.ids()).and("status")
                .is(NotificationStatus.CANCELLED).and("outcome").is(cancelling.reason())), Pending.class,
                Notification.COLLECTION);
    }

    private void counted(Cancelling cancelling, List<Pending> counted) {
        counted.forEach(pending -> meters.counter("reminders.cancelled", "kind", pending.kind().name()).increment());
        if (!counted.isEmpty()) {
            log.atInfo().setMessage("Notifications cancelled").addKeyValue("planId", cancelling.planId())
                    .addKeyValue("phaseNumber", cancelling.phaseNumber())
                    .addKeyValue("unitCode", cancelling.unitCode()).addKeyValue("count", counted.size())
                    .addKeyValue("reason", cancelling.reason()).log();
        }
    }

    /** The part of a pending notification that cancelling it needs. */
    record Pending(String id, NotificationKind kind) {
    }

    /**
     * Pending notifications read to be cancelled: those of them still pending when the write comes are.
     *
     * @param phaseNumber the phase they were read for, or null
     * @param unitCode the unit they were read for, or null
     * @param reason the outcome they are given
     */
    public record Cancelling(String planId, Integer phaseNumber, String unitCode, String reason,
                             List<Pending> found) {

        /** Nothing to cancel. */
        public static final Cancelling NONE = new Cancelling(null, null, null, null, List.of());

        boolean isEmpty() {
            return found.isEmpty();
        }

        List<String> ids() {
            return found.stream().map(Pending::id).toList();
        }

        /** Those found, while still pending. */
        Query query() {
            return Query.query(Criteria.where("_id").in(ids()).and("status").is(NotificationStatus.PENDING));
        }

        Update update() {
            return new Update().set("status", NotificationStatus.CANCELLED).set("outcome", reason);
        }
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
