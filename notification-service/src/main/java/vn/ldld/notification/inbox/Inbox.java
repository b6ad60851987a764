package vn.ldld.notification.inbox;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.store.Indexes;
import vn.ldld.notification.KeyedInserts;

/** The units' in-app inboxes. */
@Component
public class Inbox {

    private final MongoTemplate mongo;
    private final Clock clock;

    Inbox(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        Indexes.ensure(mongo, InboxEntry.class, new Index().on("unitCode", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC).named("unit_createdAt"));
        this.clock = clock;
    }

    /**
     * Puts an entry in the inbox; an entry with the same id already there is kept (a notification sent again after a
     * crash appears once).
     *
     * @return whether it was added now
     */
    public boolean add(InboxEntry entry) {
        try {
            mongo.insert(entry);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /**
     * Puts entries in the inboxes in one insert; an entry with the same id already there is kept.
     *
     * @return the positions in {@code entries} of those that were there already
     */
    public Set<Integer> addAll(List<InboxEntry> entries) {
        return KeyedInserts.insertNew(mongo, entries, InboxEntry.class);
    }

    /** A page of {@code unitCode}'s entries, or of every unit's when it is null. */
    InboxPage page(String unitCode, Boolean unread, int page, int size) {
        Criteria criteria = new Criteria();
        if (unitCode != null) {
            criteria.and("unitCode").is(unitCode);
        }
        if (Boolean.TRUE.equals(unread)) {
            criteria.and("readAt").is(null);
        } else if (Boolean.FALSE.equals(unread)) {
            criteria.and("readAt").ne(null);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, InboxEntry.class);
        List<InboxEntry> items = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"))
                .skip((long) page * size).limit(size), InboxEntry.class);
        return new InboxPage(items, page, size, total);
    }

    /**
     * Marks an entry read (keeping the first reading time); null when there is no such entry, or when
     * {@code unitCode} is given and the entry is another unit's (which is then left untouched).
     */
    InboxEntry markRead(String id, String unitCode) {
        InboxEntry marked = mongo.findAndModify(Query.query(entry(id, unitCode).and("readAt").is(null)),
                new Update().set("readAt", clock.instant()), FindAndModifyOptions.options().returnNew(true),
                InboxEntry.class);
        return marked != null ? marked : mongo.findOne(Query.query(entry(id, unitCode)), InboxEntry.class);
    }

    private static Criteria entry(String id, String unitCode) {
        Criteria entry = Criteria.where("_id").is(id);
        return unitCode == null ? entry : entry.and("unitCode").is(unitCode);
    }
}
