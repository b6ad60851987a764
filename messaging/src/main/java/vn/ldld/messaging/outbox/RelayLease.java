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
    private final Map<String, Instant> heldUntil = new HashMap<>();

    RelayLease(MongoTemplate mongo, Clock clock, Duration duration, String owner) {
        this.mongo = mongo;
        this.clock = clock;
        this.duration = duration;
        this.owner = owner;
    }

    /** Takes or renews the lease on {@code name}; renews only once half of it has run out. */
    boolean acquire(String name) {
        Instant now = clock.instant();
        Instant until = heldUntil.get(name);
        if (until != null && now.isBefore(until.minus(duration.dividedBy(2)))) {
            return true;
        }
        Query query = Query.query(Criteria.where("_id").is(name).orOperator(
                Criteria.where("owner").is(owner), Criteria.where("until").lt(Date.from(now))));
        Instant newUntil = now.plus(duration);
        Update update = new Update().set("owner", owner).set("until", Date.from(newUntil));
        try {
            mongo.upsert(query, update, COLLECTION);
            heldUntil.put(name, newUntil);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            heldUntil.remove(name);
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
