package vn.ldld.notification.inbox;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The units' in-app inboxes. */
@Component
public class Inbox {

    private final MongoTemplate mongo;
    private final Clock clock;

    Inbox(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
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

    InboxPage page(String unitCode, Boolean unread, int page, int size) {
        Criteria criteria = Criteria.where("unitCode").is(unitCode);
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

    /** Marks an entry read (keeping the first reading time); null when there is no such entry. */
    InboxEntry markRead(String id) {
        Query unread = Query.query(Criteria.where("_id").is(id).and("readAt").is(null));
        InboxEntry marked = mongo.findAndModify(unread, new Update().set("readAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(true), InboxEntry.class);
        return marked != null ? marked : mongo.findById(id, InboxEntry.class);
    }
}
