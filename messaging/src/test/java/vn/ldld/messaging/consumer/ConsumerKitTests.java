package vn.ldld.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ldld.messaging.TestApplication;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.cloudevents.InvalidEventException;
import vn.ldld.messaging.testing.TestMongo;
import vn.ldld.messaging.testing.TestTopic;

/** The kit in a service: handler beans found, events dispatched from Kafka, invalid events dead-lettered. */
@SpringBootTest(classes = {TestApplication.class, ConsumerKitTests.Deposits.class, ConsumerKitTests.Listener.class})
@EmbeddedKafka(partitions = 1, topics = {"kit-deposits", "kit-deposits-dlt"})
class ConsumerKitTests {

    static final String DEPOSITED = "vn.ldld.test.deposited.v1";

    record Deposit(String account, int amount) {
    }

    static class Deposits implements EventHandler<Deposit> {

        final Map<String, Integer> balances = new ConcurrentHashMap<>();

        @Override
        public Set<String> types() {
            return Set.of(DEPOSITED);
        }

        @Override
        public Class<Deposit> payloadType() {
            return Deposit.class;
        }

        @Override
        public void check(Deposit deposit, InboundEvent event) {
            event.require(deposit.account() != null, "an account");
        }

        @Override
        public void handle(Deposit deposit, InboundEvent event) {
            balances.merge(deposit.account(), deposit.amount(), Integer::sum);
        }
    }

    static class Listener {

        private final EventHandlers handlers;

        Listener(EventHandlers handlers) {
            this.handlers = handlers;
        }

        @KafkaListener(topics = "kit-deposits", groupId = "kit-test")
        void on(ConsumerRecord<String, String> record) {
            handlers.consume("kit-test", record);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uri("consumer-kit"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    Deposits deposits;
    @Autowired
    EventHandlers handlers;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Test
    void theHandlerBeansAreRegistered() {
        assertThat(handlers.types()).containsExactly(DEPOSITED);
    }

    @Test
    void anInvalidEventGoesToTheDeadLetterTopicWithItsReasonAndAnUnknownTypeIsSkipped() throws Exception {
        String account = "acc-" + UUID.randomUUID();
        String invalidId = UUID.randomUUID().toString();
        kafka.send(event(invalidId, DEPOSITED, account, "{\"amount\":3}")).get();
        kafka.send(event(UUID.randomUUID().toString(), "vn.ldld.test.audited.v1", account, "{\"amount\":100}")).get();
        kafka.send(event(UUID.randomUUID().toString(), DEPOSITED, account,
                "{\"account\":\"" + account + "\",\"amount\":7,\"addedLater\":true}")).get();

        await().until(() -> deposits.balances.get(account), balance -> balance != null && balance == 7);
        try (TestTopic dlt = new TestTopic(brokers, "kit-deposits-dlt")) {
            List<ConsumerRecord<String, String>> dead = await().until(() -> dlt.pollByKey(account),
                    records -> !records.isEmpty());
            assertThat(dead).hasSize(1);
            assertThat(TestTopic.header(dead.get(0), "ce_id")).isEqualTo(invalidId);
            assertThat(TestTopic.header(dead.get(0), "kafka_dlt-exception-cause-fqcn"))
                    .isEqualTo(InvalidEventException.class.getName());
            assertThat(TestTopic.header(dead.get(0), "kafka_dlt-exception-message"))
                    .contains(DEPOSITED + " " + invalidId + " lacks an account");
        }
    }

    private static ProducerRecord<String, String> event(String id, String type, String key, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>("kit-deposits", key, payload);
        new EventMetadata(id, type, "/test", key, Instant.now(), null).writeTo(record.headers());
        return record;
    }
}
