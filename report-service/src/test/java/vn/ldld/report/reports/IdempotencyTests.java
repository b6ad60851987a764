package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;

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
