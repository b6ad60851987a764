package vn.ldld.report.report;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.outbox.Outbox;
import vn.ldld.messaging.outbox.OutboxEvent;

/**
 * The {@code reports} collection. Unique indexes: one report per plan, phase and unit; one report per
 * caller-scoped idempotency key. Every change goes through the outbox: report and events in one write.
 */
@Component
class Reports {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    Reports(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        IndexOperations indexes = mongo.indexOps(Report.class);
        indexes.createIndex(new Index().on("planId", Sort.Direction.ASC).on("phaseNumber", Sort.Direction.ASC)
                .on("unit.code", Sort.Direction.ASC).unique().named("one_report_per_plan_phase_unit"));
        indexes.createIndex(new Index().on("idempotencyKey", Sort.Direction.ASC).unique()
                .named("one_report_per_idempotency_key"));
    }

    /** @throws org.springframework.dao.DuplicateKeyException when a unique index refuses it */
    void insert(Report report, List<OutboxEvent> events) {
        outbox.insert(report, events);
    }

    /**
     * Applies {@code update} if the report is still at {@code expectedVersion}, with its events, in one write.
     *
     * @return whether it was
     */
    boolean change(String id, long expectedVersion, Update update, List<OutboxEvent> events) {
        return outbox.apply(query(where("_id").is(id).and("version").is(expectedVersion)), update, Report.class,
                events);
    }

    Optional<Report> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Report.class));
    }

    Optional<Report> findByIdempotencyKey(String scopedKey) {
        return Optional.ofNullable(mongo.findOne(query(where("idempotencyKey").is(scopedKey)), Report.class));
    }

    Optional<Report> findByUnit(String planId, int phaseNumber, String unitCode) {
        return Optional.ofNullable(mongo.findOne(query(where("planId").is(planId).and("phaseNumber").is(phaseNumber)
                .and("unit.code").is(unitCode)), Report.class));
    }

    /** Frees an expired idempotency key, so that the caller may use it again. */
    void forgetKey(Report report) {
        mongo.updateFirst(query(where("_id").is(report.id()).and("idempotencyKey").is(report.idempotencyKey())),
                new Update().set("idempotencyKey", "expired/" + report.id()), Report.class);
    }

    /** One page of the reports matching {@code filter}, in order of receipt. */
    List<Report> page(ReportFilter filter, int page, int size) {
        Query query = query(criteria(filter)).with(Sort.by("receivedAt", "receiptNumber", "_id"))
                .skip((long) page * size).limit(size);
        query.fields().exclude("revisions", "pendingEvents", "idempotencyKey", "requestFingerprint");
        return mongo.find(query, Report.class);
    }

    long count(ReportFilter filter) {
        return mongo.count(query(criteria(filter)), Report.class);
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
            criteria.and("onTime").is(!filter.late());
        }
        if (filter.visibleTo() != null) {
            criteria.orOperator(where("unit.code").is(filter.visibleTo()),
                    where("unit.parentCode").is(filter.visibleTo()));
        }
        return criteria;
    }
}
