package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;
import vn.ldld.web.testing.Reply;

class IdempotencyTests extends ReportTestSupport {

    private String planId;

    @BeforeEach
    void publishAPlan() {
        planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
    }

    private long stored() {
        return get("/api/reports?planId=" + planId).json().get("total").asLong();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheOriginalAnswerAndStoresNothing() {
        Reply first = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "\"k-1\"");
        clock.set(clock.instant().plusSeconds(600));

        Reply retry = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "\"k-1\"");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(stored()).isEqualTo(1);
        // the replay did not use up a receipt number
        long next = post("/api/reports", SamplePlans.report(planId, "LDLD-HT")).json().get("receiptNumber").asLong();
        assertThat(next).isEqualTo(first.json().get("receiptNumber").asLong() + 1);
    }

    @Test
    void theReplayIsTheOriginalAnswerEvenAfterTheReportChangedOrThePlanClosed() {
        Reply first = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "k-2");
        String id = first.json().get("id").asString();
        assertThat(post("/api/reports/" + id + "/accept", "{\"reviewer\":\"ldld-tn.tuyengiao\"}").status())
                .isEqualTo(200);
        sendPlanEvent("vn.ldld.plan.closed.v1", SamplePlans.closed(planId));
        awaitView(planId, v -> v.status() == vn.ldld.report.plan.PlanStatus.CLOSED);

        Reply retry = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "k-2");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void theAnswerHasTheShapeOfARead() {
        Reply first = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "k-7");

        Reply read = get("/api/reports/" + first.json().get("id").asString());

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("unit").get("code").asString()).isEqualTo("LDLD-GD");
        assertThat(first.json().has("unitCode")).isFalse();
        assertThat(first.body()).isEqualTo(read.body());
        assertThat(first.header("ETag")).isEqualTo(read.header("ETag"));
    }

    @Test
    void aReplayIsTheOriginalAnswerByteForByteWhateverTheClocksPrecision() {
        clock.set(Instant.parse("2023-07-24T08:15:30.123456789Z"));
        Reply first = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "k-8");
        String location = first.header("Location");
        String path = "/api/reports/" + first.json().get("id").asString();
        ObjectNode revision = SamplePlans.JSON.createObjectNode();
        ObjectNode values = ((ObjectNode) SamplePlans.report(planId, "LDLD-GD").get("values")).deepCopy();
        values.put("GIFTS", 121);
        revision.set("values", values);
        revision.set("narrative", SamplePlans.report(planId, "LDLD-GD").get("narrative"));
        clock.set(clock.instant().plusNanos(1_000_001));
        assertThat(put(path, revision, "If-Match", "\"1\"").status()).isEqualTo(200);

        Reply retry = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "k-8");

        assertThat(first.json().get("receivedAt").asString()).isEqualTo("2023-07-24T08:15:30.123Z");
        assertThat(get(path).json().get("receivedAt").asString()).isEqualTo("2023-07-24T08:15:30.123Z");
        assertThat(retry.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(location);
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(get(path + "/revisions").json().get(1).get("submittedAt").asString())
                .isEqualTo("2023-07-24T08:15:30.124Z");
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessable() {
        post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "k-3");
        ObjectNode other = SamplePlans.report(planId, "LDLD-GD");
        ((ObjectNode) other.get("values")).put("GIFTS", 121);

        Reply reply = post("/api/reports", other, "Idempotency-Key", "k-3");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.errorFields()).containsExactly("Idempotency-Key");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void theKeyIsUsedForAnotherPlanIsUnprocessableToo() {
        post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "k-4");
        String otherPlan = SamplePlans.newPlanId();
        publish(SamplePlans.published(otherPlan));

        Reply reply = post("/api/reports", SamplePlans.report(otherPlan, "LDLD-GD"), "Idempotency-Key", "k-4");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(get("/api/reports?planId=" + otherPlan).json().get("total").asLong()).isZero();
    }

    @Test
    void keysAreScopedToTheCaller() {
        Reply gd = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "shared");
        Reply ht = post("/api/reports", SamplePlans.report(planId, "LDLD-HT"), "Idempotency-Key", "shared");

        assertThat(gd.status()).isEqualTo(201);
        assertThat(ht.status()).isEqualTo(201);
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void anExpiredKeyNoLongerReplays() {
        Reply first = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "k-5");
        clock.set(clock.instant().plus(java.time.Duration.ofHours(24)));

        Reply sameAfterExpiry = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "k-5");
        String otherPlan = SamplePlans.newPlanId();
        publish(SamplePlans.published(otherPlan));
        Reply reusedForAnotherPlan = post("/api/reports", SamplePlans.report(otherPlan, "LDLD-GD"),
                "Idempotency-Key", "k-5");

        assertThat(sameAfterExpiry.status()).isEqualTo(409);
        assertThat(sameAfterExpiry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(reusedForAnotherPlan.status()).as(reusedForAnotherPlan.toString()).isEqualTo(201);
    }

    @Test
    void aReportSubmittedWithoutAKeyIsAConflictForAKeyedRetry() {
        Reply first = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"));

        Reply keyed = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "k-6");

        assertThat(keyed.status()).isEqualTo(409);
        assertThat(keyed.header("Location")).isEqualTo(first.header("Location"));
    }
}
