package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

class ReportWorkflowTests extends ReportTestSupport {

    // the body may still name a reviewer (older clients); the token's subject is what is recorded
    private static final String REVIEWER = "{\"reviewer\":\"someone-else\"}";
    private static final String REVIEWER_TOKEN = TestTokens.token().subject("ldld-tn.tuyengiao")
            .roles("PROVINCE_STAFF").sign();
    private static final String UNIT_TOKEN = TestTokens.token().subject("ldld-tc.tuyengiao").roles("UNIT_REPORTER")
            .unit("LDLD-TC").sign();

    private String planId;
    private String id;

    @BeforeEach
    void submitAReport() {
        planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
        id = post("/api/reports", SamplePlans.report(planId, "LDLD-TC")).json().get("id").asString();
    }

    private ObjectNode revision(long gifts) {
        ObjectNode body = SamplePlans.JSON.createObjectNode();
        ObjectNode report = SamplePlans.report(planId, "LDLD-TC");
        ((ObjectNode) report.get("values")).put("GIFTS", gifts);
        body.set("values", report.get("values"));
        body.set("narrative", report.get("narrative"));
        body.put("revisedBy", "someone-else");
        return body;
    }

    @Test
    void aRevisionNeedsTheCurrentVersionAndKeepsEveryRevision() {
        clock.set(Instant.parse("2023-07-27T01:00:00Z"));
        assertThat(put("/api/reports/" + id, revision(121)).status()).isEqualTo(428);
        Reply revised = put("/api/reports/" + id, revision(121), "If-Match", "\"1\"");
        Reply stale = put("/api/reports/" + id, revision(122), "If-Match", "\"1\"");

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.header("ETag")).isEqualTo("\"2\"");
        assertThat(revised.json().get("revision").asInt()).isEqualTo(2);
        assertThat(revised.json().get("values").get("GIFTS").asLong()).isEqualTo(121);
        assertThat(revised.json().get("status").asString()).isEqualTo("SUBMITTED");
        // the reception and its verdict stay those of the submission
        assertThat(revised.json().get("receivedAt").asString()).isEqualTo("2023-07-24T08:15:30Z");
        assertThat(revised.json().get("onTime").asBoolean()).isTrue();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.errorFields()).containsExactly("If-Match");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        JsonNode revisions = get("/api/reports/" + id + "/revisions").json();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("values").get("GIFTS").asLong()).isEqualTo(120);
        assertThat(revisions.get(1).get("values").get("GIFTS").asLong()).isEqualTo(121);
        assertThat(revisions.get(1).get("submittedAt").asString()).isEqualTo("2023-07-27T01:00:00Z");
    }

    @Test
    void aRevisionIsCheckedAgainstTheTemplate() {
        ObjectNode body = revision(1);
        ((ObjectNode) body.get("values")).put("GIFTS", -1);

        Reply reply = put("/api/reports/" + id, body, "If-Match", "\"1\"");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("values.GIFTS");
    }

    @Test
    void aReturnedReportIsRevisedIntoAResubmissionAndThenAccepted() {
        Reply withoutReason = post("/api/reports/" + id + "/return", REVIEWER);
        Reply returned = post("/api/reports/" + id + "/return",
                "{\"reviewer\":\"someone-else\",\"reason\":\"Bổ sung kinh phí vận động\"}",
                "Authorization", "Bearer " + REVIEWER_TOKEN);
        Reply resubmitted = put("/api/reports/" + id, revision(130), "If-Match", "\"2\"",
                "Authorization", "Bearer " + UNIT_TOKEN);
        Reply accepted = post("/api/reports/" + id + "/accept", REVIEWER, "If-Match", "\"3\"",
                "Authorization", "Bearer " + REVIEWER_TOKEN);
        Reply revisedAfterAcceptance = put("/api/reports/" + id, revision(140), "If-Match", "\"4\"");
        Reply acceptedTwice = post("/api/reports/" + id + "/accept", REVIEWER);

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.errorFields()).containsExactly("reason");
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().get("lastReview").get("reason").asString()).isEqualTo("Bổ sung kinh phí vận động");
        assertThat(returned.json().get("lastReview").get("reviewer").asString()).isEqualTo("ldld-tn.tuyengiao");
        assertThat(resubmitted.json().get("status").asString()).isEqualTo("RESUBMITTED");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(revisedAfterAcceptance.status()).isEqualTo(409);
        assertThat(revisedAfterAcceptance.json().get("currentStatus").asString()).isEqualTo("ACCEPTED");
        assertThat(acceptedTwice.status()).isEqualTo(409);

        try (TestTopic topic = new TestTopic(brokers, "report-events")) {
            List<ConsumerRecord<String, String>> events = await().atMost(Duration.ofSeconds(20))
                    .until(() -> topic.pollByKey(id), r -> r.size() >= 4);
            assertThat(events).extracting(r -> TestTopic.header(r, "ce_type")).containsExactly(
                    "vn.ldld.report.submitted.v1", "vn.ldld.report.returned.v1", "vn.ldld.report.revised.v1",
                    "vn.ldld.report.accepted.v1");
            SamplePlans.CONTRACTS.validate("report-returned", events.get(1).value());
            SamplePlans.CONTRACTS.validate("report-revised", events.get(2).value());
            SamplePlans.CONTRACTS.validate("report-accepted", events.get(3).value());
            JsonNode revisedEvent = SamplePlans.JSON.readTree(events.get(2).value());
            assertThat(revisedEvent.get("status").asString()).isEqualTo("RESUBMITTED");
            assertThat(revisedEvent.get("revision").asInt()).isEqualTo(2);
            assertThat(revisedEvent.get("values").get("GIFTS").asLong()).isEqualTo(130);
            assertThat(revisedEvent.get("revisedBy").asString()).isEqualTo("ldld-tc.tuyengiao");
            JsonNode returnedEvent = SamplePlans.JSON.readTree(events.get(1).value());
            assertThat(returnedEvent.get("reason").asString()).isEqualTo("Bổ sung kinh phí vận động");
            assertThat(returnedEvent.get("returnedBy").asString()).isEqualTo("ldld-tn.tuyengiao");
            assertThat(returnedEvent.get("parentUnitCode").asString()).isEqualTo("LDLD-TN");
            assertThat(SamplePlans.JSON.readTree(events.get(3).value()).get("acceptedBy").asString())
                    .isEqualTo("ldld-tn.tuyengiao");
        }
    }

    @Test
    void noRevisionOnceThePlanIsClosed() {
        sendPlanEvent("vn.ldld.plan.closed.v1", SamplePlans.closed(planId));
        awaitView(planId, v -> v.status() == vn.ldld.report.plan.PlanStatus.CLOSED);

        Reply reply = put("/api/reports/" + id, revision(121), "If-Match", "\"1\"");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(get("/api/reports/" + id).json().get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownReportIsNotFound() {
        assertThat(get("/api/reports/" + SamplePlans.newPlanId()).status()).isEqualTo(404);
        assertThat(post("/api/reports/" + SamplePlans.newPlanId() + "/accept", REVIEWER).status()).isEqualTo(404);
    }
}
