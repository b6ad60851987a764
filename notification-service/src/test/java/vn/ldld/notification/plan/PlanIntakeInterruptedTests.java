package vn.ldld.notification.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;

import vn.ldld.notification.NotificationTestSupport;
import vn.ldld.notification.TestPlans;
import vn.ldld.notification.schedule.Cadence;
import vn.ldld.notification.schedule.Notification;
import vn.ldld.notification.schedule.Schedule;

/**
 * A plan event whose effects were cut short by the database going away (the store process killed halfway through
 * the schedule) is applied in full when it comes again, instead of being ignored as a version already known.
 */
class PlanIntakeInterruptedTests extends NotificationTestSupport {

    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");

    @Autowired
    private Plans plans;

    @Autowired
    private Schedule schedule;

    @Autowired
    private Cadence cadence;

    @Test
    void aPublicationCutShortByTheDatabaseIsScheduledInFullWhenItComesAgain() {
        String planId = UUID.randomUUID().toString();
        clock.set("2023-07-12T02:30:00Z");
        PlanEvents.PlanPublished event = TestPlans.JSON.treeToValue(
                TestPlans.published(planId, clock.instant(), DEADLINE, TestPlans.tag(), "GD", "TC"),
                PlanEvents.PlanPublished.class);
        Schedule cutShort = spy(schedule);
        doAnswer(call -> {
            List<Notification> all = new ArrayList<>(call.getArgument(0));
            schedule.add(all.subList(0, all.size() / 2));
            throw new DataAccessResourceFailureException("the store went away");
        }).when(cutShort).add(anyCollection());

        assertThatThrownBy(() -> new PlanIntake(plans, cutShort, cadence, clock).published(event, clock.instant()))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(notificationsOf(planId)).hasSizeLessThan(3 + 2 * 5);

        new PlanIntake(plans, schedule, cadence, clock).published(event, clock.instant());
        // three recipients told, five reminders for each of the two that must report, each once
        assertThat(notificationsOf(planId)).hasSize(3 + 2 * 5).extracting(Notification::id).doesNotHaveDuplicates();
    }
}
