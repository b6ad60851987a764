package vn.ldld.notification.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reminders go out ({@code notification.cadence.*}), globally and per plan id
 * ({@code notification.cadence.plans.<planId>.*}, which replaces the global rule for that plan).
 *
 * @param beforeDeadline reminders this long before the deadline (default 3 days and 1 day)
 * @param deadlineDay whether to remind on the deadline day
 * @param deadlineDayAt local time of the deadline-day reminder (default 08:00), sent only if before the deadline
 * @param overdueAfter how long after the deadline the overdue notice and escalation go out (default at once)
 * @param returnedFollowUp how long after a report was returned to remind the unit if it has not resubmitted
 * @param plans rules for single plans, by plan id
 */
@ConfigurationProperties("notification.cadence")
public record CadenceProperties(@DefaultValue({"3d", "1d"}) List<Duration> beforeDeadline,
                                @DefaultValue("true") boolean deadlineDay,
                                @DefaultValue("08:00") LocalTime deadlineDayAt,
                                @DefaultValue("0s") Duration overdueAfter,
                                @DefaultValue("2d") Duration returnedFollowUp,
                                Map<String, Rule> plans) {

    public CadenceProperties {
        plans = plans == null ? Map.of() : Map.copyOf(plans);
    }

    /** The rule of one plan: its own, or the global one. */
    public Rule ruleFor(String planId) {
        return plans.getOrDefault(planId,
                new Rule(beforeDeadline, deadlineDay, deadlineDayAt, overdueAfter, returnedFollowUp));
    }

    /** One cadence; the fields mean the same as the global ones. */
    public record Rule(@DefaultValue({"3d", "1d"}) List<Duration> beforeDeadline,
                       @DefaultValue("true") boolean deadlineDay,
                       @DefaultValue("08:00") LocalTime deadlineDayAt,
                       @DefaultValue("0s") Duration overdueAfter,
                       @DefaultValue("2d") Duration returnedFollowUp) {
    }
}
