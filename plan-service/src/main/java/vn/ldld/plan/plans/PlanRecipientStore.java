package vn.ldld.plan.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.store.Indexes;

/**
 * The resolved recipients of the plans' current published versions, in {@link RecipientChunk}s: who must report,
 * whom a unit's plan list and access rules see as addressed.
 */
@Component
class PlanRecipientStore {

    /** A plan and the published version whose recipients name a unit. */
    record Addressed(String planId, int version) {
    }

    private final MongoTemplate mongo;

    PlanRecipientStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Creates the indexes (idempotent). */
    @EventListener(ApplicationReadyEvent.class)
    public void createIndexes() {
        Indexes.ensure(mongo, RecipientChunk.class,
                new Index().on("planId", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
                        .on("chunk", Sort.Direction.ASC).named("plan_version_chunk"),
                new Index().on("recipients.unit.code", Sort.Direction.ASC).named("recipient_unit"));
    }

    /**
     * Stores the recipients of {@code version} of a plan, in place of those of that version or later that an earlier
     * attempt may have left, then drops those of earlier versions.
     */
    void replace(String planId, int version, ResolvedRecipients resolved) {
        mongo.remove(Query.query(Criteria.where("planId").is(planId).and("version").gte(version)),
                RecipientChunk.class);
        List<List<Recipient>> chunks = resolved.chunks();
        List<RecipientChunk> documents = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            documents.add(new RecipientChunk(planId + "/" + version + "/" + (i + 1), planId, version, i + 1,
                    chunks.size(), resolved.recipients().size(), List.copyOf(chunks.get(i))));
        }
        if (!documents.isEmpty()) {
            mongo.insertAll(documents);
        }
        mongo.remove(Query.query(Criteria.where("planId").is(planId).and("version").lt(version)),
                RecipientChunk.class);
    }

    /** Whether {@code version} of the plan has its recipients stored (plans published before rules have none). */
    boolean has(String planId, int version) {
        return mongo.exists(version(planId, version), RecipientChunk.class);
    }

    /** How many recipients {@code version} of the plan has. */
    int total(String planId, int version) {
        Query query = version(planId, version);
        query.fields().include("total");
        Document first = mongo.findOne(query, Document.class, RecipientChunk.COLLECTION);
        return first == null ? 0 : first.getInteger("total");
    }

    /** Recipients {@code from} (0-based) to {@code from + count} of {@code version} of the plan, in order. */
    List<Recipient> slice(String planId, int version, int from, int count) {
        int firstChunk = from / ResolvedRecipients.CHUNK + 1;
        int lastChunk = (from + count - 1) / ResolvedRecipients.CHUNK + 1;
        Query query = Query.query(Criteria.where("planId").is(planId).and("version").is(version)
                .and("chunk").gte(firstChunk).lte(lastChunk)).with(Sort.by("chunk"));
        List<Recipient> recipients = new ArrayList<>();
        mongo.find(query, RecipientChunk.class).forEach(c -> recipients.addAll(c.recipients()));
        int skip = from - (firstChunk - 1) * ResolvedRecipients.CHUNK;
        return skip >= recipients.size() ? List.of()
                : List.copyOf(recipients.subList(skip, Math.min(recipients.size(), skip + count)));
    }

    /** The recipient {@code unitCode} of {@code version} of the plan, if that version addresses it. */
    Optional<Recipient> find(String planId, int version, String unitCode) {
        RecipientChunk chunk = mongo.findOne(Query.query(Criteria.where("planId").is(planId).and("version").is(version)
                .and("recipients.unit.code").is(unitCode)), RecipientChunk.class);
        return chunk == null ? Optional.empty()
                : chunk.recipients().stream().filter(r -> r.unit().code().equals(unitCode)).findFirst();
    }

    /** Whether {@code version} of the plan addresses {@code unitCode}. */
    boolean addresses(String planId, int version, String unitCode) {
        return mongo.exists(Query.query(Criteria.where("planId").is(planId).and("version").is(version)
                .and("recipients.unit.code").is(unitCode)), RecipientChunk.class);
    }

    /** The plans and versions whose stored recipients name {@code unitCode}. */
    List<Addressed> addressing(String unitCode) {
        Query query = Query.query(Criteria.where("recipients.unit.code").is(unitCode));
        query.fields().include("planId").include("version");
        return mongo.find(query, Document.class, RecipientChunk.COLLECTION).stream()
                .map(c -> new Addressed(c.getString("planId"), c.getInteger("version"))).distinct().toList();
    }

    private static Query version(String planId, int version) {
        return Query.query(Criteria.where("planId").is(planId).and("version").is(version));
    }
}
