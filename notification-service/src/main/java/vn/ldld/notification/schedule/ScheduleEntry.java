package vn.ldld.notification.schedule;

import java.time.Instant;
import java.util.List;

/** One scheduled notification as the schedule endpoint shows it. */
record ScheduleEntry(String notificationId, String planId, int phaseNumber, NotificationKind kind, String unitCode,
                     String subjectUnitCode, Instant deadline, Instant dueAt, NotificationStatus status,
                     Instant sentAt, String outcome, List<String> channels) {

    static ScheduleEntry of(Notification n) {
        return new ScheduleEntry(n.notificationId(), n.plan().planId(), n.phaseNumber(), n.kind(), n.unit().code(),
                n.subjectUnit().code(), n.deadline(), n.dueAt(), n.status(), n.sentAt(), n.outcome(), n.channels());
    }
}
