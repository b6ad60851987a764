package vn.ldld.messaging.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One relay at a time per outbox collection, among all instances of a service: a lease document per collection
 * that its holder renews and that another instance takes over once it has expired (the holder died or hangs).
 * Two holders at once can only happen after a pause longer than the lease; consumers absorb the duplicates.
 */
class RelayLease {

    static final String COLLECTION = "outbox_leases";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration duration;
    private final String owner;
    private final Duration retryAfter;
    private final Map<String, Instant> heldUntil = new HashMap<>();
    /** When to ask again for a lease that another instance held at the last try. */
    private final Map<String, Instant> notBefore = new HashMap<>();

    /**
     * @param retryAfter how long to leave a lease that another instance holds before asking for it again: the
     *                   longest an instance takes to notice a lease given up, or run out
     */
    RelayLease(MongoTemplate mongo, Clock clock, Duration duration, Duration retryAfter, String owner) {
        this.mongo = mongo;
        this.clock = clock;
        this.duration = duration;
        this.retryAfter = retryAfter;
        this.owner = owner;
    }

    /**
     * Takes or renews the lease on {@code name}; renews only once half of it has run out. A lease another instance
     * holds is asked for again only {@code retryAfter} later: the relay of an instance that does not hold it wakes
     * on each write of its own, and each of those asking the store would cost as much as the write.
     */
    boolean acquire(String name) {
        Instant now = clock.instant();
        Instant until = heldUntil.get(name);
        if (until != null && now.isBefore(until.minus(duration.dividedBy(2)))) {
            return true;
        }
        Instant next = notBefore.get(name);
        if (until == null && next != null && now.isBefore(next)) {
            return false;
        }
        Query query = Query.query(Criteria.where("_id").is(name).orOperator(
                Criteria.where("owner").is(owner), Criteria.where("until").lt(Date.from(now))));
        Instant newUntil = now.plus(duration);
        Update update = new Update().set("owner", owner).set("until", Date.from(newUntil));
        try {
            mongo.upsert(query, update, COLLECTION);
            heldUntil.put(name, newUntil);
            notBefore.remove(name);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            heldUntil.remove(name);
            notBefore.put(name, now.plus(retryAfter));
            return false;
        }
    }

    /** Gives the lease up so another instance can take over at once (clean shutdown). */
    void release(String name) {
        heldUntil.remove(name);
        mongo.remove(Query.query(Criteria.where("_id").is(name).and("owner").is(owner)), COLLECTION);
    }

    String owner() {
        return owner;
    }
}
