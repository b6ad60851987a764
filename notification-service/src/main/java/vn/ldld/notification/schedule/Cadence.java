package vn.ldld.notification.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** Turns a phase deadline into the reminders of one unit, by the cadence of its plan. */
@Component
public class Cadence {

    private final CadenceProperties properties;

    Cadence(CadenceProperties properties) {
        this.properties = properties;
    }

    /**
     * The reminders of {@code unit} for one phase: before the deadline and on the deadline day (only those due after
     * {@code notBefore}: a plan published late gets no reminder for a moment already past), then the overdue notice
     * and, when the unit has a parent, the escalation to it.
     *
     * @param parent the parent unit, or null
     */
    public List<Notification> remindersFor(PlanRef plan, int phaseNumber, Instant deadline, ZoneId zone,
                                           Addressee unit, Addressee parent, Instant notBefore, Instant now) {
        CadenceProperties.Rule rule = properties.ruleFor(plan.planId());
        TreeMap<Instant, NotificationKind> before = new TreeMap<>();
        for (Duration ahead : rule.beforeDeadline()) {
            before.put(deadline.minus(ahead), NotificationKind.BEFORE_DEADLINE);
        }
        if (rule.deadlineDay()) {
            // "before 26/7" is 26/7 00:00: the deadline day is the last local day before the deadline instant
            LocalDate day = deadline.minusNanos(1).atZone(zone).toLocalDate();
            Instant at = day.atTime(rule.deadlineDayAt()).atZone(zone).toInstant();
            if (at.isBefore(deadline)) {
                before.putIfAbsent(at, NotificationKind.DEADLINE_DAY);
            }
        }
        List<Notification> reminders = new ArrayList<>();
        before.tailMap(notBefore, false).forEach((dueAt, kind) ->
                reminders.add(Notification.of(plan, phaseNumber, kind, unit, unit, deadline, dueAt, Map.of(), now)));
        Instant overdueAt = deadline.plus(rule.overdueAfter());
        reminders.add(Notification.of(plan, phaseNumber, NotificationKind.OVERDUE_NOTICE, unit, unit, deadline,
                overdueAt, Map.of(), now));
        if (parent != null) {
            reminders.add(Notification.of(plan, phaseNumber, NotificationKind.ESCALATION, parent, unit, deadline,
                    overdueAt, Map.of(), now));
        }
        return reminders;
    }

    /** When to remind a unit whose report was returned at {@code returnedAt}. */
    public Instant returnedFollowUpAt(String planId, Instant returnedAt) {
        return returnedAt.plus(properties.ruleFor(planId).returnedFollowUp());
    }
}
