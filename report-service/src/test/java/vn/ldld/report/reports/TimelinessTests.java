package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;

/**
 * A report is on time iff received at or before the deadline in force at its receipt, or at or before a later
 * deadline an amendment set for its phase (gia hạn); a shortened deadline never makes an on-time report late.
 */
class TimelinessTests extends ReportTestSupport {

    private static final String AMENDED = "vn.ldld.plan.amended.v1";
    private static final Instant FIRST = SamplePlans.DEADLINE;
    private static final Instant EXTENDED = Instant.parse("2023-07-28T17:00:00Z");

    @Test
    void anExtensionMakesOnTimeTheLateReportsReceivedBeforeTheNewDeadline() {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
        clock.set(Instant.parse("2023-07-27T09:00:00Z"));
        String covered = submit(planId, "LDLD-GD");
        clock.set(EXTENDED.plusSeconds(3600));
        String notCovered = submit(planId, "LDLD-HT");
        assertThat(report(covered).get("onTime").asBoolean()).isFalse();

        amend(planId, 2, EXTENDED);

        JsonNode nowOnTime = report(covered);
        assertThat(nowOnTime.get("onTime").asBoolean()).isTrue();
        assertThat(nowOnTime.get("lateSeconds").asLong()).isZero();
        assertThat(nowOnTime.get("deadline").asString()).isEqualTo(EXTENDED.toString());
        JsonNode timeliness = nowOnTime.get("timeliness");
        assertThat(timeliness.get("onTime").asBoolean()).isTrue();
        assertThat(timeliness.get("onTimeAtReceipt").asBoolean()).isFalse();
        assertThat(timeliness.get("firstDeadline").asString()).isEqualTo(FIRST.toString());
        assertThat(timeliness.get("deadline").asString()).isEqualTo(EXTENDED.toString());
        assertThat(timeliness.get("extendedInVersion").asLong()).isEqualTo(2);
        JsonNode stillLate = report(notCovered);
        assertThat(stillLate.get("onTime").asBoolean()).isFalse();
        assertThat(stillLate.get("lateSeconds").asLong()).isEqualTo(3600);
        assertThat(stillLate.get("timeliness").get("deadline").asString()).isEqualTo(EXTENDED.toString());
        // the list and its filter judge the same way
        JsonNode late = get("/api/reports?planId=" + planId + "&late=true").json();
        assertThat(late.get("total").asLong()).isEqualTo(1);
        assertThat(late.get("items").get(0).get("id").asString()).isEqualTo(notCovered);
        JsonNode onTime = get("/api/reports?planId=" + planId + "&late=false").json();
        assertThat(onTime.get("total").asLong()).isEqualTo(1);
        JsonNode line = onTime.get("items").get(0);
        assertThat(line.get("id").asString()).isEqualTo(covered);
        assertThat(line.get("onTime").asBoolean()).isTrue();
        assertThat(line.get("timeliness").get("extendedInVersion").asLong()).isEqualTo(2);
        // a review writes the report again, never its new verdict away
        assertThat(post("/api/reports/" + covered + "/accept", null).status()).isEqualTo(200);
        JsonNode accepted = report(covered);
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("onTime").asBoolean()).isTrue();
        assertThat(accepted.get("timeliness").get("extendedInVersion").asLong()).isEqualTo(2);
    }

    @Test
    void aShortenedDeadlineNeverMakesAnOnTimeReportLateButJudgesTheReportsAfterIt() {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
        clock.set(FIRST.minusSeconds(3600));
        String before = submit(planId, "LDLD-GD");

        Instant shortened = FIRST.minusSeconds(7200);
        amend(planId, 2, shortened);
        String after = submit(planId, "LDLD-HT");

        JsonNode onTime = report(before);
        assertThat(onTime.get("onTime").asBoolean()).isTrue();
        assertThat(onTime.get("deadline").asString()).isEqualTo(FIRST.toString());
        assertThat(onTime.get("timeliness").get("extendedInVersion").isNull()).isTrue();
        JsonNode late = report(after);
        assertThat(late.get("onTime").asBoolean()).isFalse();
        assertThat(late.get("deadline").asString()).isEqualTo(shortened.toString());
        assertThat(late.get("lateSeconds").asLong()).isEqualTo(3600);
        assertThat(late.get("timeliness").get("firstDeadline").asString()).isEqualTo(shortened.toString());
    }

    @Test
    void aReportOnTimeByAnExtensionStaysOnTimeWhenTheDeadlineIsThenShortened() {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
        clock.set(Instant.parse("2023-07-27T09:00:00Z"));
        String report = submit(planId, "LDLD-GD");

        amend(planId, 2, EXTENDED);
        amend(planId, 3, Instant.parse("2023-07-26T17:00:00Z"));
        String afterShortening = submit(planId, "LDLD-HT");

        JsonNode extended = report(report);
        assertThat(extended.get("onTime").asBoolean()).isTrue();
        assertThat(extended.get("timeliness").get("deadline").asString()).isEqualTo(EXTENDED.toString());
        assertThat(extended.get("timeliness").get("extendedInVersion").asLong()).isEqualTo(2);
        assertThat(report(afterShortening).get("onTime").asBoolean()).isFalse();
    }

    @Test
    void theVerdictIsTheSameWhateverOrderTheAmendmentsArriveIn() {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
        clock.set(Instant.parse("2023-07-27T09:00:00Z"));
        String report = submit(planId, "LDLD-GD");

        amend(planId, 3, Instant.parse("2023-07-26T17:00:00Z"));
        sendPlanEvent(AMENDED, SamplePlans.amended(planId, 2, EXTENDED));

        JsonNode judged = await().atMost(Duration.ofSeconds(20)).until(() -> report(report),
                r -> r.get("onTime").asBoolean());
        assertThat(judged.get("timeliness").get("deadline").asString()).isEqualTo(EXTENDED.toString());
        assertThat(judged.get("timeliness").get("extendedInVersion").asLong()).isEqualTo(2);
    }

    private String submit(String planId, String unit) {
        return post("/api/reports", SamplePlans.report(planId, unit)).json().get("id").asString();
    }

    private JsonNode report(String id) {
        return get("/api/reports/" + id).json();
    }

    /** Sends the amendment and waits until it is applied (its reports are judged again before the view changes). */
    private void amend(String planId, long version, Instant deadline) {
        sendPlanEvent(AMENDED, SamplePlans.amended(planId, version, deadline));
        awaitView(planId, v -> v.version() == version);
    }
}
