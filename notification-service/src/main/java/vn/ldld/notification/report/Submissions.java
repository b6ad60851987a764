package vn.ldld.notification.report;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.store.KeyedWrites;
import vn.ldld.messaging.store.KeyedWrites.Refused;
import vn.ldld.notification.schedule.ReportLedger;

/** The units' report statuses per phase, kept from the report events; answers the scheduler's questions. */
@Component
class Submissions implements ReportLedger {

    private final MongoTemplate mongo;

    Submissions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Records a status unless a newer one is already recorded (events of one report arrive in order, but a replay
     * may bring an old one again). One command in the common case: a conditional upsert of the document, applied
     * only when what is recorded is older (or nothing is); when a newer one is recorded the upsert's insert is
     * refused on the {@code _id}, and that one is read and returned. The deadline recorded is kept when the event
     * brings none.
     *
     * @return the submission as it now stands
     */
    Submission record(String planId, int phaseNumber, String unitCode, String status, int revision, Instant deadline,
                      Instant at) {
        String id = Submission.idOf(planId, phaseNumber, unitCode);
        Update update = update(planId, phaseNumber, unitCode, status, revision, deadline, at);
        Query olderOrNone = olderOrNone(id, revision, at);
        try {
            return upsert(olderOrNone, update);
        } catch (DuplicateKeyException refused) {
            Submission current = mongo.findById(id, Submission.class);
            if (current != null && !current.isOlderThan(revision, at)) {
                return current;
            }
            // first recorded meanwhile by another instance, and older than this event: now an update
            try {
                return upsert(olderOrNone, update);
            } catch (DuplicateKeyException newerAgain) {
                return mongo.findById(id, Submission.class);
            }
        }
    }

    /** A status to record, as {@link #record} takes it. */
    record Status(String planId, int phaseNumber, String unitCode, String status, int revision, Instant deadline,
                  Instant at) {
    }

    /**
     * Records several statuses, as {@link #record} does each, in one write: the conditional upserts of all of them.
     * Those refused on the {@code _id} (a newer status recorded, or the first one recorded meanwhile by another
     * instance) are then recorded one by one as {@link #record} does.
     */
    void recordAll(List<Status> statuses) {
        if (statuses.size() == 1) {
            Status only = statuses.get(0);
            record(only.planId(), only.phaseNumber(), only.unitCode(), only.status(), only.revision(),
                    only.deadline(), only.at());
            return;
        }
        BulkOperations write = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Submission.class);
        statuses.forEach(status -> write.upsert(olderOrNone(status), update(status)));
        // a store that does not say which was refused: each as record() does
        Refused refused = KeyedWrites.execute(write);
        for (int i = 0; i < statuses.size(); i++) {
            if (refused.mayInclude(i)) {
                Status status = statuses.get(i);
                record(status.planId(), status.phaseNumber(), status.unitCode(), status.status(), status.revision(),
                        status.deadline(), status.at());
            }
        }
    }

    private static Query olderOrNone(Status status) {
        return olderOrNone(Submission.idOf(status.planId(), status.phaseNumber(), status.unitCode()),
                status.revision(), status.at());
    }

    private static Update update(Status status) {
        return update(status.planId(), status.phaseNumber(), status.unitCode(), status.status(), status.revision(),
                status.deadline(), status.at());
    }

    private static Update update(String planId, int phaseNumber, String unitCode, String status, int revision,
                                 Instant deadline, Instant at) {
        Update update = new Update().set("planId", planId).set("phaseNumber", phaseNumber).set("unitCode", unitCode)
                .set("status", status).set("revision", revision).set("updatedAt", at);
        if (deadline != null) {
            update.set("deadline", deadline);
        }
        return update;
    }

    /** What isOlderThan(revision, at) says of the recorded one, as a query. */
    private static Query olderOrNone(String id, int revision, Instant at) {
        return Query.query(Criteria.where("_id").is(id).orOperator(
                Criteria.where("revision").lt(revision),
                Criteria.where("revision").is(revision).and("updatedAt").lte(at)));
    }

    private Submission upsert(Query olderOrNone, Update update) {
        return mongo.findAndModify(olderOrNone, update, FindAndModifyOptions.options().upsert(true).returnNew(true),
                Submission.class);
    }

    Submission find(String planId, int phaseNumber, String unitCode) {
        return mongo.findById(Submission.idOf(planId, phaseNumber, unitCode), Submission.class);
    }

    @Override
    public boolean hasReported(String planId, int phaseNumber, String unitCode) {
        return find(planId, phaseNumber, unitCode) != null;
    }

    @Override
    public boolean awaitsRevision(String planId, int phaseNumber, String unitCode, int revision) {
        Submission submission = find(planId, phaseNumber, unitCode);
        return submission != null && "RETURNED".equals(submission.status()) && submission.revision() == revision;
    }
}
