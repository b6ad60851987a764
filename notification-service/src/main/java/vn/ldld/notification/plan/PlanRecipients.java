package vn.ldld.notification.plan;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.store.Indexes;
import vn.ldld.notification.plan.PlanEvents.Recipient;

/**
 * The recipients of the plans that list them apart (v2 plan events): one document per plan and unit,
 * {@code _id = planId/unitCode}, never the whole list in one document (a plan may address 20,000 units).
 */
@Component
class PlanRecipients {

    private final MongoTemplate mongo;

    PlanRecipients(MongoTemplate mongo) {
        this.mongo = mongo;
        // the units an amendment no longer lists; every unit of a plan
        Indexes.ensure(mongo, Listed.class, new Index().on("planId", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).named("plan_version"));
    }

    /** One recipient of one plan, as of the plan version that last listed it. */
    @Document("plan_recipients")
    record Listed(@Id String id, String planId, PlanEvents.UnitRef unit, String role, int version) {

        Recipient recipient() {
            return new Recipient(unit, role);
        }
    }

    private static String id(String planId, String unitCode) {
        return planId + "/" + unitCode;
    }

    /** Stores {@code recipients} as listed by plan version {@code version}: one bulk write of upserts. */
    void list(String planId, int version, Collection<Recipient> recipients) {
        if (recipients.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Listed.class);
        for (Recipient recipient : recipients) {
            bulk.upsert(query(where("_id").is(id(planId, recipient.unit().code()))), new Update()
                    .set("planId", planId).set("unit", recipient.unit()).set("role", recipient.role())
                    .set("version", version));
        }
        bulk.execute();
    }

    /** Those of {@code unitCodes} the plan lists already, by code. */
    Map<String, Listed> listed(String planId, Collection<String> unitCodes) {
        List<String> ids = unitCodes.stream().map(code -> id(planId, code)).toList();
        return mongo.find(query(where("_id").in(ids)), Listed.class).stream()
                .collect(Collectors.toMap(l -> l.unit().code(), l -> l, (a, b) -> a));
    }

    /** The unit {@code unitCode} if the plan lists it. */
    Optional<Recipient> find(String planId, String unitCode) {
        return Optional.ofNullable(mongo.findById(id(planId, unitCode), Listed.class)).map(Listed::recipient);
    }

    /** Every recipient of the plan. */
    List<Recipient> all(String planId) {
        return mongo.find(query(where("planId").is(planId)), Listed.class).stream().map(Listed::recipient).toList();
    }

    /** The recipients of the plan that no version from {@code version} on lists. */
    List<Recipient> olderThan(String planId, int version) {
        return mongo.find(query(where("planId").is(planId).and("version").lt(version)), Listed.class).stream()
                .map(Listed::recipient).toList();
    }

    /** Forgets the recipients of the plan that no version from {@code version} on lists. */
    long dropOlderThan(String planId, int version) {
        return mongo.remove(query(where("planId").is(planId).and("version").lt(version)), Listed.class)
                .getDeletedCount();
    }
}
