package vn.ldld.notification.report;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where one unit's report for one phase stands, as the report events told: a document of {@code submissions}.
 *
 * @param id plan id / phase / unit code
 * @param status SUBMITTED, RETURNED or ACCEPTED
 * @param revision the revision the status is about
 * @param deadline the deadline the report was judged against, when known
 * @param updatedAt time of the event that set the status
 */
@Document("submissions")
record Submission(@Id String id, String planId, int phaseNumber, String unitCode, String status, int revision,
                  Instant deadline, Instant updatedAt) {

    static String idOf(String planId, int phaseNumber, String unitCode) {
        return planId + "/" + phaseNumber + "/" + unitCode;
    }

    /** Whether an event about {@code otherRevision} at {@code at} is newer than what this records. */
    boolean isOlderThan(int otherRevision, Instant at) {
        return otherRevision > revision || otherRevision == revision && !at.isBefore(updatedAt);
    }
}
