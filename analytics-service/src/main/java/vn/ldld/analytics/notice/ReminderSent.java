package vn.ldld.analytics.notice;

import java.time.Instant;

/**
 * {@code vn.ldld.notification.reminder-sent.v1}: a reminder about a phase report was sent.
 *
 * @param notificationId notification id (one per reminder, whatever the channels)
 * @param planId plan
 * @param phaseNumber phase
 * @param unitCode addressee
 * @param kind why it was sent, e.g. {@code BEFORE_DEADLINE}
 * @param subjectUnitCode the unit whose report it is about
 * @param sentAt when it was sent
 */
public record ReminderSent(String notificationId, String planId, int phaseNumber, String unitCode, String kind,
                           String subjectUnitCode, Instant sentAt) {
}
