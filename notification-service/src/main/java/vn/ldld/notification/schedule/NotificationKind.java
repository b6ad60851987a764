package vn.ldld.notification.schedule;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a unit is notified. The first five are reminders (the {@code kind} of the ReminderSent event); the others are
 * notices that follow a plan or report event.
 */
public enum NotificationKind {
    BEFORE_DEADLINE, DEADLINE_DAY, RETURNED_FOLLOW_UP, OVERDUE_NOTICE, ESCALATION,
    PLAN_ISSUED, PLAN_AMENDED, PLAN_CLOSED, PLAN_CANCELLED, REPORT_RECEIVED, REPORT_RETURNED, REPORT_ACCEPTED,
    /** To the parent unit of a plan it reviews: a sub-unit's report (or revision) is waiting for its review. */
    REPORT_TO_REVIEW;

    /** Reminders that a report of the unit for the phase makes pointless. */
    public static final Set<NotificationKind> ANSWERED_BY_REPORT =
            EnumSet.of(BEFORE_DEADLINE, DEADLINE_DAY, OVERDUE_NOTICE, ESCALATION, RETURNED_FOLLOW_UP);

    /** Reminders computed from a phase deadline: rescheduled when the deadline moves. */
    public static final Set<NotificationKind> FROM_DEADLINE =
            EnumSet.of(BEFORE_DEADLINE, DEADLINE_DAY, OVERDUE_NOTICE, ESCALATION);

    /** Reminders that only make sense before the deadline. */
    public static final Set<NotificationKind> BEFORE_THE_DEADLINE = EnumSet.of(BEFORE_DEADLINE, DEADLINE_DAY);

    /** Whether sending it publishes a ReminderSent event. */
    public boolean isReminder() {
        return ordinal() <= ESCALATION.ordinal();
    }
}
