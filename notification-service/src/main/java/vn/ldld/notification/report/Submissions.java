package vn.ldld.notification.report;

import java.time.Instant;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

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
     * may bring an old one again).
     *
     * @return the submission as it now stands
     */
    Submission record(String planId, int phaseNumber, String unitCode, String status, int revision, Instant deadline,
                      Instant at) {
        String id = Submission.idOf(planId, phaseNumber, unitCode);
        Submission current = mongo.findById(id, Submission.class);
        if (current != null && !current.isOlderThan(revision, at)) {
            return current;
        }
        Instant knownDeadline = deadline != null ? deadline : current != null ? current.deadline() : null;
        return mongo.save(new Submission(id, planId, phaseNumber, unitCode, status, revision, knownDeadline, at));
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
