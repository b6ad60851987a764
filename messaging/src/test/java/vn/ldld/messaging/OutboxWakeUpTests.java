package vn.ldld.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ldld.messaging.outbox.EventFactory;
import vn.ldld.messaging.outbox.Outbox;
import vn.ldld.messaging.testing.TestMongo;
import vn.ldld.messaging.testing.TestTopic;

/**
 * An idle relay scans rarely; a write through the {@link Outbox} of the same process wakes it, so a report's event
 * does not wait for the next scan. The scan pauses here are ten minutes: only the wake-up can publish in time.
 */
@SpringBootTest(classes = TestApplication.class, properties = {
        "messaging.outbox.poll-interval=10m",
        "messaging.outbox.idle-poll-interval=10m"})
@EmbeddedKafka(partitions = 1, topics = "ledger-events")
class OutboxWakeUpTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uri("outbox-wake-up"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    Outbox outbox;
    @Autowired
    EventFactory events;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Test
    void aWriteInThisProcessIsPublishedWithoutWaitingForTheNextScan() {
        try (TestTopic topic = new TestTopic(brokers, "ledger-events")) {
            for (int balance = 1; balance <= 3; balance++) {
                String id = UUID.randomUUID().toString();
                outbox.insert(new Ledger(id, 1, balance), List.of(events.create("ledger-events",
                        "vn.ldld.test.ledger-changed.v1", id, new OutboxRelayTests.RawJson("{\"balance\":" + balance + "}"))));

                ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30))
                        .until(() -> topic.pollByKey(id), r -> r.size() == 1).get(0);
                assertThat(record.value()).isEqualTo("{\"balance\":" + balance + "}");
            }
        }
    }
}
