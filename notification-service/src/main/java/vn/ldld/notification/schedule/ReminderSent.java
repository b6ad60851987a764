package vn.ldld.notification.schedule;

import java.time.Instant;
import java.util.List;

/**
 * Published on {@code notification-events} (key: {@code unitCode}) for every reminder sent; schema
 * {@code contracts/schemas/reminder-sent.v1.schema.json}.
 */
record ReminderSent(String notificationId, String planId, String planNumber, int phaseNumber, String unitCode,
                    String kind, String subjectUnitCode, Instant deadline, Instant dueAt, Instant sentAt,
                    List<String> channels) {

    static final String TYPE = "vn.ldld.notification.reminder-sent.v1";
}
