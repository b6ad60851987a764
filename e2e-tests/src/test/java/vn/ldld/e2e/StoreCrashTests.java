package vn.ldld.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import vn.ldld.bench.Answers;
import vn.ldld.bench.Endpoint;
import vn.ldld.bench.KafkaClients;
import vn.ldld.bench.PatientClient;
import vn.ldld.bench.PatientRush;
import vn.ldld.bench.RushPlan;
import vn.ldld.bench.StaffToken;
import vn.ldld.bench.SubmittedEvents;
import vn.ldld.platform.KafkaUsers;
import vn.ldld.platform.StatusRow;

/**
 * The store process killed with {@code kill -9} in the middle of report intake through the gateway, and started again
 * ({@link PlatformUnderTest}): clients that got no answer send their report again with the same Idempotency-Key
 * until they get one. Every report answered 201 is then stored exactly once, under the id of that answer, and has
 * exactly one ReportSubmitted event.
 */
class StoreCrashTests {

    private static final int UNITS = 150;
    private static final int CLIENTS = 12;
    private static final int KILLED_AFTER = 40;

    @Test
    void everyReportAnswered201SurvivesTheStoreKilledMidIntake() throws Exception {
        PlatformUnderTest running = PlatformUnderTest.get();
        Endpoint gateway = new Endpoint(running.gateway, new StaffToken(running.config.issuerUri(), "staff", "demo"));
        KafkaClients kafka = new KafkaClients(running.platform.kafkaClientConfig(KafkaUsers.BENCH));
        RushPlan plan = new RushPlan(UNITS);
        plan.publish(PlatformUnderTest.HTTP, gateway);
        plan.awaitKnownBy(PlatformUnderTest.HTTP, gateway);
        Answers answers = new Answers();
        PatientClient client = new PatientClient(PlatformUnderTest.HTTP, gateway, answers, Duration.ofSeconds(15),
                Duration.ofSeconds(2), Duration.ofMinutes(3));

        PatientRush rush = PatientRush.start(client, plan, plan.units(), CLIENTS, "crash");
        await().atMost(Duration.ofSeconds(60)).until(() -> rush.accepted() >= KILLED_AFTER);
        killStore(running);
        running.platform.startInfrastructure();
        assertThat(rush.awaitDone(Duration.ofMinutes(4))).isTrue();
        System.out.println("Answers while the store was killed and restarted: " + answers);

        Map<String, PatientClient.Outcome> outcomes = rush.outcomes();
        assertThat(outcomes.values()).as("answers: %s", answers).hasSize(UNITS)
                .allSatisfy(outcome -> assertThat(outcome.status()).isEqualTo(201));
        Map<String, List<String>> storedByUnit = storedReports(running, plan.planId());
        for (PatientClient.Outcome outcome : outcomes.values()) {
            assertThat(storedByUnit.get(outcome.unit())).as("reports stored for %s", outcome.unit())
                    .containsExactly(outcome.reportId());
        }
        SubmittedEvents.Count events = SubmittedEvents.await(kafka, plan.planId(), UNITS,
                Duration.ofSeconds(90));
        Set<String> acknowledged = new HashSet<>();
        outcomes.values().forEach(outcome -> acknowledged.add(outcome.reportId()));
        assertThat(events.reportIds()).isEqualTo(acknowledged);
        assertThat(events.eventIdsByReport().values()).allSatisfy(eventIds -> assertThat(eventIds).hasSize(1));

        // the next test classes need every service back on the store
        await().atMost(Duration.ofMinutes(2)).until(() -> running.platform.status().stream()
                .allMatch(row -> "UP".equals(row.health())));
    }

    private static void killStore(PlatformUnderTest running) {
        long pid = running.platform.status().stream().filter(row -> row.name().equals("mongo")).map(StatusRow::pid)
                .findFirst().orElseThrow();
        ProcessHandle store = ProcessHandle.of(pid).orElseThrow();
        store.destroyForcibly();
        await().atMost(Duration.ofSeconds(20)).until(() -> !store.isAlive());
    }

    private static Map<String, List<String>> storedReports(PlatformUnderTest running, String planId) {
        Map<String, List<String>> byUnit = new HashMap<>();
        try (MongoClient mongo = MongoClients.create(running.config.mongoUri())) {
            for (Document report : mongo.getDatabase("report").getCollection("reports")
                    .find(new Document("planId", planId))) {
                String unit = report.get("unit", Document.class).getString("code");
                byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(report.getString("_id"));
            }
        }
        return byUnit;
    }
}
