package vn.ldld.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import vn.ldld.messaging.outbox.EventFactory;
import vn.ldld.messaging.outbox.Outbox;
import vn.ldld.messaging.outbox.OutboxBacklog;
import vn.ldld.platform.KafkaUsers;
import vn.ldld.platform.LocalPlatform;
import vn.ldld.platform.PlatformConfig;
import vn.ldld.messaging.testing.TestMongo;
import vn.ldld.messaging.testing.TestTopic;

/**
 * Kafka is down (a real broker process, not started yet) while the service accepts writes; once the broker is up,
 * every event gets there, once. The service signs in to it as its own Kafka user (SASL/SCRAM).
 */
@SpringBootTest(classes = TestApplication.class)
class OutboxKafkaOutageTests {

    static final PlatformConfig BROKER = PlatformConfig.defaults(tempDir()).withStateDir(tempDir())
            .withServices(List.of()).withFreePorts();
    static final LocalPlatform infrastructure = new LocalPlatform(BROKER).stopAllOnJvmExit();

    static {
        // the broker ran before and went down, as in an outage: its users and ACLs exist when it comes back (a new
        // cluster gets them just after its first start, before the platform starts any service)
        infrastructure.startInfrastructure();
        infrastructure.stopAll();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uri("outbox-outage"));
        registry.add("spring.kafka.bootstrap-servers", BROKER::kafkaBootstrap);
        // signs in as plan-service, the one user that may write plan-events
        registry.add("messaging.kafka.username", () -> "plan-service");
        registry.add("messaging.kafka.password", () -> KafkaUsers.of(BROKER).password("plan-service"));
    }

    @Autowired
    Outbox outbox;
    @Autowired
    EventFactory events;
    @Autowired
    OutboxBacklog backlog;
    @Autowired
    MeterRegistry meters;

    @AfterAll
    static void stopBroker() {
        infrastructure.stopAll();
    }

    @Test
    void writesAcceptedWhileKafkaIsDownAreDeliveredOnceItIsBack() {
        for (int i = 0; i < 30; i++) {
            String id = "outage-" + UUID.randomUUID();
            outbox.insert(new Ledger(id, 1, i), List.of(events.create("plan-events",
                    "vn.ldld.test.ledger-changed.v1", id, new OutboxRelayTests.RawJson("{\"n\":" + i + "}"))));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> meters.counter("outbox.publish.failures").count() > 0);
        backlog.refresh();
        assertThat(backlog.snapshot("ledgers").events()).isEqualTo(30);

        infrastructure.startInfrastructure();

        try (TestTopic topic = new TestTopic(infrastructure.kafkaClientConfig(KafkaUsers.PROVINCIAL_HUB),
                "provincial-hub.outbox-outage-", "plan-events")) {
            await().atMost(Duration.ofSeconds(90)).until(() -> topic.poll().size() >= 30);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                backlog.refresh();
                return backlog.snapshot("ledgers").events() == 0;
            });
            List<ConsumerRecord<String, String>> records = topic.poll();
            Set<String> ids = records.stream().map(r -> TestTopic.header(r, "ce_id")).collect(Collectors.toSet());
            assertThat(ids).hasSize(30);
            assertThat(records).hasSize(30);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("outbox-outage");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
