package vn.ldld.analytics.notice;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.ldld.analytics.store.Merges;
import vn.ldld.messaging.store.Indexes;

/** The notice read model: overdue units and reminders per plan and phase. */
@Component
public class Notices {

    private final MongoTemplate mongo;

    public Notices(MongoTemplate mongo) {
        this.mongo = mongo;
        Indexes.ensure(mongo, OverdueNotice.class,
                new Index().on("planId", Sort.Direction.ASC).on("phaseNumber", Sort.Direction.ASC).named("plan_phase"));
        Indexes.ensure(mongo, ReminderNotice.class,
                new Index().on("planId", Sort.Direction.ASC).on("phaseNumber", Sort.Direction.ASC).named("plan_phase"));
    }

    public OverdueNotice on(ReportOverdue event) {
        String id = OverdueNotice.idOf(event.planId(), event.phaseNumber(), event.unit().code());
        return Merges.merge(mongo, OverdueNotice.class, id, current -> (current == null
                ? new OverdueNotice(id, 0, event.planId(), event.phaseNumber(), event.unit(), null, null)
                : current).merge(event));
    }

    public ReminderNotice on(ReminderSent event) {
        String id = event.notificationId() + "/" + event.unitCode();
        return Merges.merge(mongo, ReminderNotice.class, id, current -> current != null ? current
                : new ReminderNotice(id, 0, event.planId(), event.phaseNumber(), event.unitCode(),
                        event.subjectUnitCode() != null ? event.subjectUnitCode() : event.unitCode(), event.kind(),
                        event.sentAt()));
    }

    /** Units found overdue in one phase. */
    public List<OverdueNotice> overdue(String planId, int phaseNumber) {
        return mongo.find(phase(planId, phaseNumber), OverdueNotice.class);
    }

    /** Reminders sent about one phase. */
    public List<ReminderNotice> reminders(String planId, int phaseNumber) {
        return mongo.find(phase(planId, phaseNumber), ReminderNotice.class);
    }

    /** Forgets every notice, for a rebuild. */
    public long clear() {
        return mongo.remove(new Query(), OverdueNotice.class).getDeletedCount()
                + mongo.remove(new Query(), ReminderNotice.class).getDeletedCount();
    }

    private static Query phase(String planId, int phaseNumber) {
        return Query.query(Criteria.where("planId").is(planId).and("phaseNumber").is(phaseNumber));
    }
}
