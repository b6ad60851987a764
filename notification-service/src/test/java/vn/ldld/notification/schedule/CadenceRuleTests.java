package vn.ldld.notification.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CadenceRuleTests {

    private static final ZoneId TAY_NINH = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z"); // trước ngày 26/7/2023
    private static final Addressee UNIT = new Addressee("LDLD-GD", "Liên đoàn Lao động huyện Gò Dầu", null,
            "DISTRICT_FEDERATION", "LDLD-TN");
    private static final Addressee PARENT = new Addressee("LDLD-TN", "Liên đoàn Lao động tỉnh Tây Ninh", null,
            "PROVINCIAL_FEDERATION", null);

    private final CadenceProperties.Rule minutes = new CadenceProperties.Rule(
            List.of(Duration.ofMinutes(5), Duration.ofMinutes(2)), false, LocalTime.of(8, 0), Duration.ofMinutes(1),
            Duration.ofMinutes(3));
    private final Cadence cadence = new Cadence(new CadenceProperties(List.of(Duration.ofDays(3), Duration.ofDays(1)),
            true, LocalTime.of(8, 0), Duration.ZERO, Duration.ofDays(2), Map.of("plan-in-minutes", minutes)));

    @Test
    void theDefaultCadenceRemindsThreeDaysAndOneDayBeforeAndAtEightOnTheLastDay() {
        List<Notification> reminders = cadence.remindersFor(plan("any-plan"), 1, DEADLINE, TAY_NINH, UNIT, PARENT,
                Instant.parse("2023-07-12T02:30:00Z"), Instant.parse("2023-07-12T02:30:00Z"));

        assertThat(reminders).extracting(n -> n.kind() + "@" + n.dueAt()).containsExactly(
                "BEFORE_DEADLINE@2023-07-22T17:00:00Z", "BEFORE_DEADLINE@2023-07-24T17:00:00Z",
                "DEADLINE_DAY@2023-07-25T01:00:00Z", "OVERDUE_NOTICE@2023-07-25T17:00:00Z",
                "ESCALATION@2023-07-25T17:00:00Z");
        assertThat(reminders.get(4).unit()).isEqualTo(PARENT);
        assertThat(reminders.get(4).subjectUnit()).isEqualTo(UNIT);
    }

    @Test
    void aPlanOwnCadenceInMinutesReplacesTheGlobalOneAndPastRemindersAreLeftOut() {
        Instant deadline = Instant.parse("2023-07-25T10:00:00Z");
        List<Notification> reminders = cadence.remindersFor(plan("plan-in-minutes"), 1, deadline, TAY_NINH, UNIT,
                null, deadline.minus(Duration.ofMinutes(4)), deadline.minus(Duration.ofMinutes(4)));

        assertThat(reminders).extracting(n -> n.kind() + "@" + n.dueAt()).containsExactly(
                "BEFORE_DEADLINE@2023-07-25T09:58:00Z", "OVERDUE_NOTICE@2023-07-25T10:01:00Z");
        assertThat(cadence.returnedFollowUpAt("plan-in-minutes", deadline)).isEqualTo(deadline.plusSeconds(180));
    }

    @Test
    void settingsBindIncludingAPlanOwnCadence() {
        CadenceProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
                "notification.cadence.before-deadline", "3d,1d,5m,2m",
                "notification.cadence.plans.5b0e7c1a-3d2f-4e8b-9a6c-1f2e3d4c5b6a.before-deadline", "10m",
                "notification.cadence.plans.5b0e7c1a-3d2f-4e8b-9a6c-1f2e3d4c5b6a.deadline-day", "false")))
                .bindOrCreate("notification.cadence", CadenceProperties.class);

        assertThat(bound.ruleFor("other").beforeDeadline()).containsExactly(Duration.ofDays(3), Duration.ofDays(1),
                Duration.ofMinutes(5), Duration.ofMinutes(2));
        assertThat(bound.ruleFor("other").deadlineDayAt()).isEqualTo(LocalTime.of(8, 0));
        CadenceProperties.Rule own = bound.ruleFor("5b0e7c1a-3d2f-4e8b-9a6c-1f2e3d4c5b6a");
        assertThat(own.beforeDeadline()).containsExactly(Duration.ofMinutes(10));
        assertThat(own.deadlineDay()).isFalse();
        assertThat(own.returnedFollowUp()).isEqualTo(Duration.ofDays(2));
    }

    private static PlanRef plan(String planId) {
        return new PlanRef(planId, "15/KH-LĐLĐ", "phối hợp tham gia làm công tác dân vận đợt I/2023",
                "Asia/Ho_Chi_Minh", null);
    }
}
