package vn.ldld.notification.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ldld.notification.NotificationTestSupport;

/** The report statuses kept from the report events: the newest wins, whatever order a replay brings them in. */
class SubmissionsTests extends NotificationTestSupport {

    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");
    private static final Instant SUBMITTED_AT = Instant.parse("2023-07-20T04:00:00Z");

    @Autowired
    private Submissions submissions;

    private final String planId = UUID.randomUUID().toString();

    @Test
    void theFirstEventOfAUnitsReportIsRecordedAsItCame() {
        Submission recorded = submissions.record(planId, 1, "LDLD-GD", "SUBMITTED", 1, DEADLINE, SUBMITTED_AT);

        Submission expected = new Submission(Submission.idOf(planId, 1, "LDLD-GD"), planId, 1, "LDLD-GD",
                "SUBMITTED", 1, DEADLINE, SUBMITTED_AT);
        assertThat(recorded).isEqualTo(expected);
        assertThat(submissions.find(planId, 1, "LDLD-GD")).isEqualTo(expected);
    }

    @Test
    void aNewerEventOverwritesTheStatusAndAnEventWithoutADeadlineKeepsTheOneKnown() {
        submissions.record(planId, 1, "LDLD-GD", "SUBMITTED", 1, DEADLINE, SUBMITTED_AT);
        Instant returnedAt = SUBMITTED_AT.plusSeconds(3600);

        Submission returned = submissions.record(planId, 1, "LDLD-GD", "RETURNED", 1, null, returnedAt);

        assertThat(returned.status()).isEqualTo("RETURNED");
        assertThat(returned.updatedAt()).isEqualTo(returnedAt);
        assertThat(returned.deadline()).isEqualTo(DEADLINE);
        assertThat(submissions.find(planId, 1, "LDLD-GD")).isEqualTo(returned);

        Instant movedDeadline = DEADLINE.plusSeconds(86_400);
        Submission resubmitted = submissions.record(planId, 1, "LDLD-GD", "SUBMITTED", 2, movedDeadline,
                returnedAt.plusSeconds(60));
        assertThat(resubmitted.revision()).isEqualTo(2);
        assertThat(resubmitted.deadline()).isEqualTo(movedDeadline);
    }

    @Test
    void aReplayedOlderEventNeverOverwritesANewerStatusAndReturnsTheNewerOne() {
        submissions.record(planId, 1, "LDLD-GD", "SUBMITTED", 1, DEADLINE, SUBMITTED_AT);
        Submission accepted = submissions.record(planId, 1, "LDLD-GD", "ACCEPTED", 2, null,
                SUBMITTED_AT.plusSeconds(7200));

        // an older revision, and the same revision at an earlier time
        Submission afterOldRevision = submissions.record(planId, 1, "LDLD-GD", "RETURNED", 1, null,
                SUBMITTED_AT.plusSeconds(9000));
        Submission afterEarlierEvent = submissions.record(planId, 1, "LDLD-GD", "SUBMITTED", 2,
                DEADLINE.plusSeconds(1), SUBMITTED_AT.plusSeconds(3600));

        assertThat(afterOldRevision).isEqualTo(accepted);
        assertThat(afterEarlierEvent).isEqualTo(accepted);
        assertThat(submissions.find(planId, 1, "LDLD-GD")).isEqualTo(accepted);
        assertThat(accepted.deadline()).isEqualTo(DEADLINE);
    }

    @Test
    void theSameEventAppliedAgainLeavesTheStatusAsItIs() {
        Submission first = submissions.record(planId, 1, "LDLD-GD", "SUBMITTED", 1, DEADLINE, SUBMITTED_AT);

        assertThat(submissions.record(planId, 1, "LDLD-GD", "SUBMITTED", 1, DEADLINE, SUBMITTED_AT))
                .isEqualTo(first);
    }
}
