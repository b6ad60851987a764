package vn.ldld.analytics.notice;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.ldld.analytics.store.Sequenced;

/**
 * One reminder sent to one addressee.
 *
 * @param id {@code notificationId/unitCode}
 * @param seq write sequence
 * @param planId plan
 * @param phaseNumber phase
 * @param unitCode addressee
 * @param subjectUnitCode unit whose report it is about
 * @param kind why it was sent
 * @param sentAt when
 */
@Document("reminders")
public record ReminderNotice(@Id String id, long seq, String planId, int phaseNumber, String unitCode,
                             String subjectUnitCode, String kind, Instant sentAt)
        implements Sequenced<ReminderNotice> {

    @Override
    public ReminderNotice withSeq(long seq) {
        return new ReminderNotice(id, seq, planId, phaseNumber, unitCode, subjectUnitCode, kind, sentAt);
    }
}
