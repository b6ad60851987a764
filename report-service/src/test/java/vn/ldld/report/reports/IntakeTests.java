package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;
import vn.ldld.web.testing.Reply;

class IntakeTests extends ReportTestSupport {

    @Autowired
    private MeterRegistry meters;

    private double count(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void intakeIsCountedByOutcomeAndLateReportsAreCounted() {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
        double accepted = count("reports.intake", "outcome", "accepted");
        double duplicates = count("reports.intake", "outcome", "duplicate");
        double late = count("reports.late");
        long timed = meters.find("reports.intake.latency").timer().count();

        clock.set(SamplePlans.DEADLINE.plusSeconds(1));
        post("/api/reports", SamplePlans.report(planId, "LDLD-GD"));
        post("/api/reports", SamplePlans.report(planId, "LDLD-GD"));

        assertThat(count("reports.intake", "outcome", "accepted")).isEqualTo(accepted + 1);
        assertThat(count("reports.intake", "outcome", "duplicate")).isEqualTo(duplicates + 1);
        assertThat(count("reports.late")).isEqualTo(late + 1);
        assertThat(meters.find("reports.intake.latency").timer().count()).isEqualTo(timed + 2);
    }

    @Test
    void anAcceptedReportGetsAReceiptAndItsEventCarriesTheWholeReport() {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));

        Reply reply = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode receipt = reply.json();
        String id = receipt.get("id").asString();
        assertThat(reply.header("Location")).endsWith("/api/reports/" + id);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(receipt.get("receiptNumber").asLong()).isPositive();
        assertThat(receipt.get("receiptYear").asInt()).isEqualTo(2023);
        assertThat(receipt.get("receivingUnitCode").asString()).isEqualTo("LDLD-TN");
        assertThat(receipt.get("receivedAt").asString()).isEqualTo("2023-07-24T08:15:30Z");
        assertThat(receipt.get("deadline").asString()).isEqualTo("2023-07-25T17:00:00Z");
        assertThat(receipt.get("onTime").asBoolean()).isTrue();
        assertThat(receipt.get("status").asString()).isEqualTo("SUBMITTED");

        try (TestTopic topic = new TestTopic(brokers, "report-events")) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                    .until(() -> topic.pollByKey(id), r -> !r.isEmpty());
            assertThat(records).hasSize(1);
            ConsumerRecord<String, String> record = records.get(0);
            assertThat(TestTopic.header(record, "ce_type")).isEqualTo("vn.ldld.report.submitted.v1");
            assertThat(TestTopic.header(record, "ce_source")).isEqualTo("/report-service");
            assertThat(TestTopic.header(record, "ce_subject")).isEqualTo(id);
            assertThat(TestTopic.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TestTopic.header(record, "ce_id")).isNotBlank();
            assertThat(TestTopic.header(record, "content-type")).isEqualTo("application/json");
            SamplePlans.CONTRACTS.validate("report-submitted", record.value());
            JsonNode event = SamplePlans.JSON.readTree(record.value());
            assertThat(event.get("unit").get("parentCode").asString()).isEqualTo("LDLD-TN");
            assertThat(event.get("values").get("GIFTS_VALUE_VND").asLong()).isEqualTo(60_000_000L);
            assertThat(event.get("values").get("ROADS_KM").asDouble()).isEqualTo(1.5);
            assertThat(event.get("narrative").get("RESULTS").asString()).startsWith("Liên đoàn Lao động huyện Gò Dầu");
            assertThat(event.get("receiptNumber").asLong()).isEqualTo(receipt.get("receiptNumber").asLong());
            assertThat(event.get("revision").asInt()).isEqualTo(1);
        }
    }

    @Test
    void receiptNumbersFollowEachOtherInTheReceivingUnitsRegister() {
        String planId = SamplePlans.newPlanId();
        // a receiving unit of its own: other test contexts on the same database hold blocks of the shared one
        ObjectNode plan = SamplePlans.published(planId);
        ((ObjectNode) plan.get("plan").get("issuer")).put("code", "RCPT-" + planId.substring(0, 8).toUpperCase());
        publish(plan);

        long first = post("/api/reports", SamplePlans.report(planId, "LDLD-HT")).json().get("receiptNumber").asLong();
        long second = post("/api/reports", SamplePlans.report(planId, "LDLD-TB")).json().get("receiptNumber").asLong();
        // the duplicate takes a number and gives it back: the next report gets it
        assertThat(post("/api/reports", SamplePlans.report(planId, "LDLD-TB")).status()).isEqualTo(409);
        long third = post("/api/reports", SamplePlans.report(planId, "LDLD-TBI")).json().get("receiptNumber").asLong();

        assertThat(second).isEqualTo(first + 1);
        assertThat(third).isEqualTo(second + 1);
    }

    @Test
    void aSecondReportOfTheSameUnitIsAConflictPointingAtTheFirst() {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
        String location = post("/api/reports", SamplePlans.report(planId, "LDLD-GD")).header("Location");

        Reply second = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.header("Location")).isEqualTo(location);
        assertThat(second.json().get("existingReport").asString()).isEqualTo(location);
    }

    @Test
    void twentyConcurrentSubmissionsOfOneUnitStoreExactlyOneReport() throws Exception {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> submissions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            submissions.add(() -> {
                start.await();
                return post("/api/reports", SamplePlans.report(planId, "LDLD-CT")).status();
            });
        }
        List<Future<Integer>> futures = submissions.stream().map(pool::submit).toList();
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> future : futures) {
            statuses.add(future.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        assertThat(get("/api/reports?planId=" + planId).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aReportReceivedExactlyAtTheDeadlineIsOnTimeAndOneMillisecondLaterIsLate() {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));

        clock.set(SamplePlans.DEADLINE);
        JsonNode atDeadline = post("/api/reports", SamplePlans.report(planId, "LDLD-GD")).json();
        clock.set(SamplePlans.DEADLINE.plusMillis(1));
        JsonNode justAfter = post("/api/reports", SamplePlans.report(planId, "LDLD-HT")).json();
        clock.set(SamplePlans.DEADLINE.plusSeconds(3600));
        JsonNode anHourLate = post("/api/reports", SamplePlans.report(planId, "LDLD-TB")).json();

        assertThat(atDeadline.get("onTime").asBoolean()).isTrue();
        assertThat(atDeadline.get("lateSeconds").asLong()).isZero();
        assertThat(justAfter.get("onTime").asBoolean()).isFalse();
        assertThat(justAfter.get("lateSeconds").asLong()).isEqualTo(1);
        assertThat(anHourLate.get("onTime").asBoolean()).isFalse();
        assertThat(anHourLate.get("lateSeconds").asLong()).isEqualTo(3600);
        assertThat(anHourLate.get("deadline").asString()).isEqualTo("2023-07-25T17:00:00Z");
        JsonNode stored = get("/api/reports/" + anHourLate.get("id").asString()).json();
        assertThat(stored.get("onTime").asBoolean()).isFalse();
        assertThat(stored.get("receivedAt").asString()).isEqualTo("2023-07-25T18:00:00Z");
    }

    @Test
    void anAmendmentThatExtendsTheDeadlineMakesALaterReportOnTime() {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
        clock.set(Instant.parse("2023-07-27T09:00:00Z"));
        JsonNode beforeExtension = post("/api/reports", SamplePlans.report(planId, "LDLD-GD")).json();

        sendPlanEvent("vn.ldld.plan.amended.v1", SamplePlans.amended(planId));
        awaitView(planId, v -> v.version() == 2);
        JsonNode afterExtension = post("/api/reports", SamplePlans.report(planId, "LDLD-HT")).json();
        clock.set(Instant.parse("2023-07-28T17:00:00.001Z"));
        JsonNode afterNewDeadline = post("/api/reports", SamplePlans.report(planId, "LDLD-TB")).json();

        assertThat(beforeExtension.get("onTime").asBoolean()).isFalse();
        assertThat(afterExtension.get("onTime").asBoolean()).isTrue();
        assertThat(afterExtension.get("deadline").asString()).isEqualTo("2023-07-28T17:00:00Z");
        assertThat(afterNewDeadline.get("onTime").asBoolean()).isFalse();
        // the unit added by the amendment may report now
        assertThat(post("/api/reports", SamplePlans.report(planId, "CDVC-TN")).status()).isEqualTo(201);
    }
}
