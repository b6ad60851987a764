package vn.ldld.report.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.outbox.EventFactory;
import vn.ldld.messaging.outbox.Outbox;
import vn.ldld.messaging.outbox.OutboxEvent;
import vn.ldld.report.idempotency.StoredKey;

/**
 * The {@code reports} collection. Unique indexes: one report per plan, phase and unit; one report per
 * caller-scoped idempotency key. Every change is one write of the report as its transition left it and of the
 * events it raised (the outbox), if the stored version is still the one the report was read at. The idempotency
 * key of the submission is kept in the report's document, out of the {@link Report} type.
 */
@Component
class ReportStore {

    private static final String KEY = "idempotencyKey";
    private static final String FINGERPRINT = "requestFingerprint";
    private static final String KEY_EXPIRES_AT = "idempotencyExpiresAt";

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final EventFactory events;

    ReportStore(MongoTemplate mongo, Outbox outbox, EventFactory events) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.events = events;
        IndexOperations indexes = mongo.indexOps(Report.class);
        indexes.createIndex(new Index().on("planId", Sort.Direction.ASC).on("phaseNumber", Sort.Direction.ASC)
                .on("unit.code", Sort.Direction.ASC).unique().named("one_report_per_plan_phase_unit"));
        indexes.createIndex(new Index().on(KEY, Sort.Direction.ASC).unique().named("one_report_per_idempotency_key"));
    }

    /** A report read with the key of the request that submitted it. */
    record Keyed(Report report, StoredKey key) {
    }

    /**
     * Stores a new report with its event and the key of its request, in one write.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a unique index refuses it
     */
    void insert(Report report, StoredKey key) {
        Map<String, Object> keyFields = new LinkedHashMap<>();
        keyFields.put(KEY, key.key());
        if (key.fingerprint() != null) {
            keyFields.put(FINGERPRINT, key.fingerprint());
        }
        if (key.expiresAt() != null) {
            keyFields.put(KEY_EXPIRES_AT, Date.from(key.expiresAt()));
        }
        outbox.insert(report, keyFields, outboxEvents(report));
        report.stored();
    }

    /**
     * Stores the report as its transitions left it, with the events they raised, in one write.
     *
     * @throws ReportVersionMismatchException when another write came first since the report was read
     */
    void save(Report report) {
        try {
            outbox.update(report, report.id(), "version", report.storedVersion(), outboxEvents(report));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new ReportVersionMismatchException(find(report.id()).map(Report::version)
                    .orElseThrow(() -> new ReportNotFoundException(report.id())));
        }
        report.stored();
    }

    private List<OutboxEvent> outboxEvents(Report report) {
        return report.raised().stream()
                .map(raised -> events.create(ReportEvents.TOPIC, raised.type(), report.id(), raised.event()))
                .toList();
    }

    Optional<Report> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Report.class));
    }

    Optional<Keyed> findByIdempotencyKey(String scopedKey) {
        Document document = mongo.findOne(query(where(KEY).is(scopedKey)), Document.class,
                mongo.getCollectionName(Report.class));
        return Optional.ofNullable(document).map(d -> new Keyed(mongo.getConverter().read(Report.class, d),
                new StoredKey(d.getString(KEY), d.getString(FINGERPRINT), instant(d.get(KEY_EXPIRES_AT)))));
    }

    Optional<Report> findByUnit(String planId, int phaseNumber, String unitCode) {
        return Optional.ofNullable(mongo.findOne(query(where("planId").is(planId).and("phaseNumber").is(phaseNumber)
                .and("unit.code").is(unitCode)), Report.class));
    }

    /** Frees an expired idempotency key, so that the caller may use it again. */
    void forgetKey(Keyed keyed) {
        String id = keyed.report().id();
        mongo.updateFirst(query(where("_id").is(id).and(KEY).is(keyed.key().key())),
                new Update().set(KEY, "expired/" + id), Report.class);
    }

    /** One page of the reports matching {@code filter}, in order of receipt. */
    List<Report> page(ReportFilter filter, int page, int size) {
        Query query = query(criteria(filter)).with(Sort.by("receivedAt", "receiptNumber", "_id"))
                .skip((long) page * size).limit(size);
        query.fields().exclude("revisions", Outbox.PENDING_EVENTS, KEY, FINGERPRINT, KEY_EXPIRES_AT);
        return mongo.find(query, Report.class);
    }

    /**
     * Every report of one phase of one plan, with its unit, status, last review and current revision only (its other
     * revisions, its review history, receipt and timeliness not read): one query on the unique index's prefix (plan, phase).
     */
    List<Report> inPhase(String planId, int phaseNumber) {
        Query query = query(where("planId").is(planId).and("phaseNumber").is(phaseNumber));
        // what is needed only: unit, status, last review and the current revision (the last of the array)
        query.fields().include("planId", "phaseNumber", "unit", "receivingUnitCode", "status", "revision", "version",
                "lastReview").slice("revisions", -1);
        return mongo.find(query, Report.class);
    }

    long count(ReportFilter filter) {
        return mongo.count(query(criteria(filter)), Report.class);
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : (Instant) value;
    }

    private static Criteria criteria(ReportFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.planId() != null) {
            criteria.and("planId").is(filter.planId());
        }
        if (filter.phase() != null) {
            criteria.and("phaseNumber").is(filter.phase());
        }
        if (filter.unit() != null) {
            criteria.and("unit.code").is(filter.unit());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.late() != null) {
            // late now: late at receipt and not on time against a later deadline (Timeliness)
            Criteria lateNow = new Criteria().and("onTime").is(false).and("extension.onTime").ne(true);
            if (filter.late()) {
                criteria.andOperator(lateNow);
            } else {
                criteria.norOperator(lateNow);
            }
        }
        if (filter.reviewLevel() == ReviewLevel.PARENT) {
            criteria.and("lastReview.level").is(ReviewLevel.PARENT);
        } else if (filter.reviewLevel() == ReviewLevel.PROVINCE) {
            // decisions stored before levels existed have no level: the province's
            criteria.and("lastReview").exists(true).and("lastReview.level").ne(ReviewLevel.PARENT);
        }
        if (filter.visibleTo() != null) {
            criteria.orOperator(where("unit.code").is(filter.visibleTo()),
                    where("unit.parentCode").is(filter.visibleTo()));
        }
        return criteria;
    }
}
