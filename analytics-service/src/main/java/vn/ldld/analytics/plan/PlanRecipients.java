package vn.ldld.analytics.plan;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.ldld.analytics.unit.Unit;
import vn.ldld.messaging.store.Indexes;

/**
 * The recipients of the plans that list them apart (v2 plan events): one document per plan and unit,
 * {@code _id = planId/unitCode}, never the whole list in one document (a plan may address 20,000 units).
 */
@Component
public class PlanRecipients {

    private static final long ORDER_PER_CHUNK = 1_000_000L;

    private final MongoTemplate mongo;

    public PlanRecipients(MongoTemplate mongo) {
        this.mongo = mongo;
        // a plan's recipients in the published order; the drop of those an amendment no longer lists
        Indexes.ensure(mongo, Listed.class,
                new Index().on("planId", Sort.Direction.ASC).on("order", Sort.Direction.ASC).named("plan_order"),
                new Index().on("planId", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
                        .named("plan_version"));
    }

    /** One recipient of one plan, as of the version that last listed it, at its place in that version's list. */
    @Document("plan_recipients")
    record Listed(@Id String id, String planId, Unit unit, String role, int version, long order) {
    }

    /** Stores the chunk's recipients: one bulk write of upserts. */
    public void list(PlanRecipientsListed chunk) {
        list(chunk.planId(), chunk.version(), chunk.chunk(), chunk.recipients());
    }

    /** Keeps apart the recipients of a plan known from v1 events, as of their version, before a v2 event. */
    void keepApart(String planId, int version, List<Recipient> recipients) {
        list(planId, version, 0, recipients);
    }

    private void list(String planId, int version, int chunk, List<Recipient> recipients) {
        if (recipients.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Listed.class);
        long order = chunk * ORDER_PER_CHUNK;
        for (Recipient recipient : recipients) {
            bulk.upsert(query(where("_id").is(planId + "/" + recipient.unit().code())),
                    new Update().set("planId", planId).set("unit", recipient.unit()).set("role", recipient.role())
                            .set("version", version).set("order", order++));
        }
        bulk.execute();
    }

    /**
     * Forgets the recipients of the plan that no version from {@code version} on lists.
     *
     * @return how many were dropped
     */
    public long dropOlderThan(String planId, int version) {
        return mongo.remove(query(where("planId").is(planId).and("version").lt(version)), Listed.class)
                .getDeletedCount();
    }

    /** The recipients of the plan, in the published order. */
    public List<Recipient> of(String planId) {
        Query query = query(where("planId").is(planId)).with(Sort.by("order"));
        return mongo.find(query, Listed.class).stream().map(l -> new Recipient(l.unit(), l.role())).toList();
    }

    /** Forgets every plan's recipients, for a rebuild. */
    public long clear() {
        return mongo.remove(new Query(), Listed.class).getDeletedCount();
    }
}
