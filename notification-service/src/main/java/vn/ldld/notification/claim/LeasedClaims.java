package vn.ldld.notification.claim;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToIntFunction;

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
 * claimed atomically (an update that applies only while it is still due: claimed, with this instance as {@code owner}
 * and a {@code leaseUntil}), so several instances over one database never both take it, and is then released with a
 * write that only applies while this instance still holds it. Due documents are claimed in groups, a few commands for
 * up to {@value #CLAIM_TOGETHER} of them.
 *
 * @param <T> the documents' type, with {@code _id}, {@code status}, {@code owner} and {@code leaseUntil} fields
 */
public final class LeasedClaims<T> {

    /** Due documents found, claimed and handed over together by {@link #claimDueTogether}. */
    public static final int CLAIM_TOGETHER = 50;

    private final MongoTemplate mongo;
    private final Class<T> type;
    private final String dueField;
    private final Object pending;
    private final Object claimed;
    private final Duration lease;
    private final String owner;

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
        this.mongo = mongo;
        this.type = type;
        this.dueField = dueField;
        this.pending = pending;
        this.claimed = claimed;
        this.lease = lease;
        this.owner = owner;
    }

    /** The same claims taken by another instance over the same database. */
    public LeasedClaims<T> as(String otherOwner) {
        return new LeasedClaims<>(mongo, type, dueField, pending, claimed, lease, otherOwner);
    }

    /** This instance's id in its claims. */
    public String owner() {
        return owner;
    }

    /**
     * Claims what is due now in groups and hands each group to {@code handle}, earliest due first, until {@code max}
     * are handled or nothing due is left. A group costs three commands whatever its size (at most
     * {@value #CLAIM_TOGETHER}): the query that finds the earliest due, one update that claims those still due (each
     * document atomically: one another instance took meanwhile is no longer due, and stays its own), and one read of
     * what this update claimed, told apart from any other claim by its lease's end. A group of one costs two: the
     * query, and one {@code findAndModify} that claims it and returns it.
     *
     * @param handle handles the claims of one group, which stay held until it releases them or their lease runs out;
     *        returns how many documents it handled (it may claim more along, with {@link #claimDueAlso})
     * @return how many documents were handled
     */
    public int claimDueTogether(Instant now, int max, ToIntFunction<Group<T>> handle) {
        int handled = 0;
        while (handled < max) {
            int ahead = Math.min(CLAIM_TOGETHER, max - handled);
            List<Object> ids = dueIds(now, null, ahead);
            if (ids.isEmpty()) {
                break;
            }
            // fewer than asked for: every document due then was found (those another instance took are its own)
            boolean complete = ids.size() < ahead;
            List<T> group = claimAll(now, ids);
            if (!group.isEmpty()) {
                handled += handle.applyAsInt(new Group<>(group, complete));
            }
            if (complete) {
                break;
            }
        }
        return handled;
    }

    /**
     * The claims of one group.
     *
     * @param claims the documents claimed, earliest due first
     * @param complete whether the query that found them found every document due then: those not in the group were
     *        claimed by another instance, or came due since
     */
    public record Group<T>(List<T> claims, boolean complete) {
    }

    /**
     * Claims the earliest due documents that also match {@code only}, at most {@code limit}: one query, and when it
     * finds any, the commands that claim a group.
     *
     * @return the documents claimed, earliest due first
     */
    public List<T> claimDueAlso(Instant now, Criteria only, int limit) {
        List<Object> ids = dueIds(now, only, limit);
        return ids.isEmpty() ? List.of() : claimAll(now, ids);
    }

    private List<T> claimAll(Instant now, List<Object> ids) {
        if (ids.size() == 1) {
            T one = claim(now, Criteria.where("_id").is(ids.get(0)));
            return one == null ? List.of() : List.of(one);
        }
        Instant leaseUntil = now.plus(lease);
        mongo.updateMulti(Query.query(new Criteria().andOperator(Criteria.where("_id").in(ids), due(now))),
                new Update().set("status", claimed).set("owner", owner).set("leaseUntil", leaseUntil), type);
        return mongo.find(Query.query(held(Criteria.where("_id").in(ids)).and("leaseUntil").is(leaseUntil))
                .with(Sort.by(dueField, "_id")), type);
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

    /** The ids of the earliest due documents that also match {@code only} (any when null), at most {@code limit}. */
    private List<Object> dueIds(Instant now, Criteria only, int limit) {
        Criteria criteria = only == null ? due(now) : new Criteria().andOperator(due(now), only);
        Query query = Query.query(criteria).with(Sort.by(dueField, "_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, mongo.getCollectionName(type)).stream()
                .map(document -> document.get("_id")).toList();
    }

    /** The document {@code id} while this instance still holds its claim. */
    public Query held(String id) {
        return Query.query(held(Criteria.where("_id").is(id)));
    }

    /** The documents {@code which} names while this instance still holds their claim. */
    private Criteria held(Criteria which) {
        return which.and("status").is(claimed).and("owner").is(owner);
    }

    /**
     * Applies {@code update} to the document {@code id} (completing or releasing it) if this instance still holds it.
     *
     * @return false when the claim was lost (the lease ran out and another instance took it over)
     */
    public boolean release(String id, Update update) {
        return mongo.updateFirst(held(id), update, type).getMatchedCount() > 0;
    }

    /**
     * Applies {@code update} to each of the documents {@code ids} that this instance still holds, in one write.
     *
     * @return how many it still held
     */
    public long releaseAll(List<String> ids, Update update) {
        return mongo.updateMulti(Query.query(held(Criteria.where("_id").in(ids))), update, type).getMatchedCount();
    }

    private Criteria due(Instant now) {
        return new Criteria().orOperator(
                Criteria.where("status").is(pending).and(dueField).lte(now),
                Criteria.where("status").is(claimed).and("leaseUntil").lt(now));
    }
}
