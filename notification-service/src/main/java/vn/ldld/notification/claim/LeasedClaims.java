package vn.ldld.notification.claim;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToIntBiFunction;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Due work in one collection, taken by one instance at a time. A document is due when it is pending and its due
 * time has come, or when it is claimed by an instance whose lease has run out (that instance died or hangs). Each is
 * claimed atomically ({@code findAndModify}: still due → claimed, with this instance as {@code owner} and a
 * {@code leaseUntil}), so several instances over one database never both take it, and is then released with a write
 * that only applies while this instance still holds it.
 *
 * @param <T> the documents' type, with {@code _id}, {@code status}, {@code owner} and {@code leaseUntil} fields
 */
public final class LeasedClaims<T> {

    /** Due documents found per query, then claimed one by one by id. */
    public static final int CLAIM_AHEAD = 20;

    /** Due documents found, claimed and handed over together by {@link #claimDueTogether}. */
    public static final int CLAIM_TOGETHER = 50;

    private final MongoTemplate mongo;
    private final Class<T> type;
    private final String dueField;
    private final Object pending;
    private final Object claimed;
    private final Duration lease;
    private final String owner;
    private final List<String> aheadFields;

    /**
     * @param type the documents' type (its collection is the one claimed from)
     * @param dueField the field holding when a pending document comes due
     * @param pending the status of a document waiting to come due
     * @param claimed the status of a document held by an instance
     * @param lease how long a claim is held before another instance may take it over
     * @param owner this instance's id in its claims
     */
    public LeasedClaims(MongoTemplate mongo, Class<T> type, String dueField, Object pending, Object claimed,
                        Duration lease, String owner) {
        this(mongo, type, dueField, pending, claimed, lease, owner, List.of());
    }

    private LeasedClaims(MongoTemplate mongo, Class<T> type, String dueField, Object pending, Object claimed,
                         Duration lease, String owner, List<String> aheadFields) {
        this.mongo = mongo;
        this.type = type;
        this.dueField = dueField;
        this.pending = pending;
        this.claimed = claimed;
        this.lease = lease;
        this.owner = owner;
        this.aheadFields = aheadFields;
    }

    /**
     * The same claims, reading {@code fields} of the due documents with their ids: a handler then knows, from
     * {@link Ahead}, whether others due now may belong with the one it got, without asking the store.
     */
    public LeasedClaims<T> readingAhead(String... fields) {
        return new LeasedClaims<>(mongo, type, dueField, pending, claimed, lease, owner, List.of(fields));
    }

    /** The same claims taken by another instance over the same database. */
    public LeasedClaims<T> as(String otherOwner) {
        return new LeasedClaims<>(mongo, type, dueField, pending, claimed, lease, otherOwner, aheadFields);
    }

    /** This instance's id in its claims. */
    public String owner() {
        return owner;
    }

    /**
     * Claims what is due now and hands each claim to {@code handle}, until {@code max} are handled or nothing due is
     * left. The earliest due documents are found in one query, a few at a time, then each is claimed by its id (still
     * due, not taken meanwhile by another instance): one sorted query per {@value #CLAIM_AHEAD} claims instead of
     * one per claim. Each claim is handed over with what the query that found it saw of the due documents.
     *
     * @param handle handles one claim, returns how many documents it handled (it may claim more itself)
     * @return how many documents were handled
     */
    public int claimDue(Instant now, int max, ToIntBiFunction<T, Ahead> handle) {
        int handled = 0;
        while (handled < max) {
            int ahead = Math.min(CLAIM_AHEAD, max - handled);
            List<Document> candidates = due(now, ahead);
            Ahead seen = new Ahead(candidates, candidates.size() < ahead);
            for (Document candidate : candidates) {
                if (handled >= max) {
                    break;
                }
                // null when handled already in this pass, or taken by another instance
                T item = claim(now, Criteria.where("_id").is(candidate.getString("_id")));
                if (item != null) {
                    handled += handle.applyAsInt(item, seen);
                }
            }
            if (seen.complete()) {
                break; // every due one was found (those another instance took meanwhile are its own)
            }
        }
        return handled;
    }

    /**
     * Claims what is due now in groups and hands each group to {@code handle}, earliest due first, until {@code max}
     * are claimed or nothing due is left. A group costs three commands whatever its size (at most
     * {@value #CLAIM_TOGETHER}): the query that finds the earliest due, one update that claims those still due (each
     * document atomically: one another instance took meanwhile is no longer due, and stays its own), and one read of
     * what this update claimed, told apart from any other claim by its lease's end.
     *
     * @param handle handles the claims of one group; they stay held until it releases them or their lease runs out
     * @return how many documents were claimed
     */
    public int claimDueTogether(Instant now, int max, Consumer<List<T>> handle) {
        int claimedInAll = 0;
        Instant leaseUntil = now.plus(lease);
        while (claimedInAll < max) {
            int ahead = Math.min(CLAIM_TOGETHER, max - claimedInAll);
            List<Object> ids = due(now, ahead).stream().map(document -> document.get("_id")).toList();
            if (ids.isEmpty()) {
                break;
            }
            mongo.updateMulti(Query.query(new Criteria().andOperator(Criteria.where("_id").in(ids), due(now))),
                    new Update().set("status", claimed).set("owner", owner).set("leaseUntil", leaseUntil), type);
            List<T> group = mongo.find(Query.query(Criteria.where("_id").in(ids).and("status").is(claimed)
                    .and("owner").is(owner).and("leaseUntil").is(leaseUntil)).with(Sort.by(dueField, "_id")), type);
            if (!group.isEmpty()) {
                claimedInAll += group.size();
                handle.accept(group);
            }
            if (ids.size() < ahead) {
                break; // every due one was found (those another instance took meanwhile are its own)
            }
        }
        return claimedInAll;
    }

    /**
     * The due documents one query found, with the fields asked for in {@link #readingAhead}.
     *
     * @param complete whether they were all the documents due then (fewer than the query's limit)
     */
    public record Ahead(List<Document> found, boolean complete) {

        /**
         * Whether a due document other than {@code id} may match: one found does, or the query did not see them
         * all. A document that came due after the query is not counted: it waits for the next pass.
         */
        public boolean mayHaveOther(String id, Predicate<Document> match) {
            return !complete || found.stream().anyMatch(d -> !id.equals(d.getString("_id")) && match.test(d));
        }
    }

    /**
     * Claims the earliest due document that also matches {@code only} (any when null) for this instance.
     *
     * @return the claimed document as it is now, or null when none is due
     */
    public T claim(Instant now, Criteria only) {
        Update claim = new Update().set("status", claimed).set("owner", owner).set("leaseUntil", now.plus(lease));
        Criteria criteria = only == null ? due(now) : new Criteria().andOperator(due(now), only);
        return mongo.findAndModify(Query.query(criteria).with(Sort.by(dueField, "_id")), claim,
                FindAndModifyOptions.options().returnNew(true), type);
    }

    /** The ids of the earliest due documents, at most {@code limit}. */
    public List<String> dueIds(Instant now, int limit) {
        return due(now, limit).stream().map(document -> document.getString("_id")).toList();
    }

    private List<Document> due(Instant now, int limit) {
        Query query = Query.query(due(now)).with(Sort.by(dueField, "_id")).limit(limit);
        query.fields().include("_id");
        aheadFields.forEach(query.fields()::include);
        return mongo.find(query, Document.class, mongo.getCollectionName(type));
    }

    /** The document {@code id} while this instance still holds its claim. */
    public Query held(String id) {
        return Query.query(Criteria.where("_id").is(id).and("status").is(claimed).and("owner").is(owner));
    }

    /**
     * Applies {@code update} to the document {@code id} (completing or releasing it) if this instance still holds it.
     *
     * @return false when the claim was lost (the lease ran out and another instance took it over)
     */
    public boolean release(String id, Update update) {
        return mongo.updateFirst(held(id), update, type).getMatchedCount() > 0;
    }

    private Criteria due(Instant now) {
        return new Criteria().orOperator(
                Criteria.where("status").is(pending).and(dueField).lte(now),
                Criteria.where("status").is(claimed).and("leaseUntil").lt(now));
    }
}
