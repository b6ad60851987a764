package vn.ldld.notification.schedule;

import java.time.Instant;

/**
 * The data of a webhook call for a notice that is not a reminder (CloudEvents type
 * {@code vn.ldld.notification.notice.v1}): plan issued, amended, closed or cancelled; report received, returned
 * or accepted.
 */
record Notice(String notificationId, String planId, String planNumber, int phaseNumber, String unitCode,
              String kind, String subject, String body, Instant sentAt) {

    static final String TYPE = "vn.ldld.notification.notice.v1";
}
