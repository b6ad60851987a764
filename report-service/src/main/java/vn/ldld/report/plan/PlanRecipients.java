package vn.ldld.report.plan;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.store.Indexes;

/**
 * The recipients of the plans whose recipients are listed apart (v2 plan events): one document per plan and unit,
 * {@code _id = planId/unitCode}, never the whole list in one document (a plan may address 20,000 units). Intake
 * asks about one unit: a read by {@code _id}.
 */
@Component
class PlanRecipients {

    private final MongoTemplate mongo;

    PlanRecipients(MongoTemplate mongo) {
        this.mongo = mongo;
        // the drop of the units an amendment no longer lists
        Indexes.ensure(mongo, PlanRecipient.class, new Index().on("planId", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).named("plan_version"));
    }

    /** One recipient of one plan, as of the plan version that last listed it. */
    @Document("plan_recipients")
    record PlanRecipient(@Id String id, String planId, UnitRef unit, String role, long version) {

        boolean mustReport() {
            return "MUST_REPORT".equals(role);
        }
    }

    static String id(String planId, String unitCode) {
        return planId + "/" + unitCode;
    }

    /** Stores {@code recipients} as listed by plan version {@code version}: one bulk write of upserts. */
    void list(String planId, long version, Collection<PlanMessages.Recipient> recipients) {
        if (recipients.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PlanRecipient.class);
        for (PlanMessages.Recipient recipient : recipients) {
            UnitRef unit = recipient.unit();
            bulk.upsert(query(where("_id").is(id(planId, unit.code()))), new Update().set("planId", planId)
                    .set("unit", unit).set("role", recipient.role()).set("version", version));
        }
        bulk.execute();
    }

    /** The units of a plan known from v1 events, kept apart as of {@code version} (their role: must report). */
    void keepApart(String planId, long version, Collection<UnitRef> mustReport) {
        list(planId, version, mustReport.stream().map(unit -> new PlanMessages.Recipient(unit, "MUST_REPORT"))
                .toList());
    }

    /**
     * Forgets the recipients of the plan that no version from {@code version} on lists.
     *
     * @return how many were dropped
     */
    long dropOlderThan(String planId, long version) {
        return mongo.remove(query(where("planId").is(planId).and("version").lt(version)), PlanRecipient.class)
                .getDeletedCount();
    }

    /** The unit {@code unitCode} if the plan lists it. */
    Optional<PlanRecipient> find(String planId, String unitCode) {
        return Optional.ofNullable(mongo.findById(id(planId, unitCode), PlanRecipient.class));
    }

    /** The units that must report on the plan: one query on the plan's index. */
    List<UnitRef> mustReport(String planId) {
        return mongo.find(query(where("planId").is(planId).and("role").is("MUST_REPORT")), PlanRecipient.class).stream().map(PlanRecipient::unit).toList();
    }

    /**
     * The units that must report on the plan by code, if there are at most {@code most}: one query on the plan's
     * index, which reads one more than that at most; null when there are more.
     */
    Map<String, UnitRef> mustReportUpTo(String planId, int most) {
        Query query = query(where("planId").is(planId).and("role").is("MUST_REPORT")).limit(most + 1);
        List<PlanRecipient> listed = mongo.find(query, PlanRecipient.class);
        if (listed.size() > most) {
            return null;
        }
        Map<String, UnitRef> units = new HashMap<>(listed.size() * 4 / 3 + 1);
        listed.forEach(recipient -> units.put(recipient.unit().code(), recipient.unit()));
        return units;
    }

    /** How many units the plan lists. */
    long count(String planId) {
        return mongo.count(Query.query(where("planId").is(planId)), PlanRecipient.class);
    }
}
