package vn.ldld.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.cloudevents.InvalidEventException;
import vn.ldld.messaging.consumer.BatchEventHandler;
import vn.ldld.messaging.consumer.EventHandlers;
import vn.ldld.messaging.consumer.EventReader;
import vn.ldld.messaging.inbox.ProcessedEvents;
import vn.ldld.messaging.testing.TestMongo;
import vn.ldld.messaging.testing.TestTopic;

/** Idempotent consumption, retries of transient failures, and dead letters for poison records. */
@SpringBootTest(classes = {TestApplication.class, ConsumptionTests.Listener.class, ConsumptionTests.BatchListener.class},
        properties = {"messaging.retry.initial-interval=100ms", "messaging.retry.max-interval=400ms"})
@EmbeddedKafka(partitions = 2, topics = {"deposits", "deposits-dlt", "transfers", "transfers-dlt"})
class ConsumptionTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uri("consumption"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add("messaging.dead-letters.refresh", () -> "200ms");
        registry.add("messaging.dead-letters.initial-delay", () -> "200ms");
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Listener listener;
    @Autowired
    BatchListener batchListener;
    @Autowired
    MeterRegistry meters;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        String account = "acc-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        kafka.send(deposit(eventId, account, 100)).get();
        kafka.send(deposit(eventId, account, 100)).get();
        kafka.send(deposit(UUID.randomUUID().toString(), account, 5)).get();

        await().until(() -> listener.handled(account) == 3);
        assertThat(balance(account)).isEqualTo(105);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextOneIsProcessed() throws Exception {
        String account = "acc-" + UUID.randomUUID();
        ProducerRecord<String, String> notJson = deposit(UUID.randomUUID().toString(), account, 0);
        notJson = new ProducerRecord<>("deposits", null, account, "{not json", notJson.headers());
        kafka.send(notJson).get();
        ProducerRecord<String, String> noHeaders = new ProducerRecord<>("deposits", account, "{\"amount\":1}");
        kafka.send(noHeaders).get();
        kafka.send(deposit(UUID.randomUUID().toString(), account, 7)).get();

        await().until(() -> balance(account) == 7);
        try (TestTopic dlt = new TestTopic(brokers, "deposits-dlt")) {
            List<ConsumerRecord<String, String>> dead = await()
                    .until(() -> dlt.pollByKey(account), r -> r.size() == 2);
            assertThat(dead).extracting(ConsumerRecord::value).containsExactly("{not json", "{\"amount\":1}");
            assertThat(TestTopic.header(dead.get(0), "kafka_dlt-exception-fqcn")).contains("ListenerExecutionFailedException");
            assertThat(TestTopic.header(dead.get(0), "kafka_dlt-exception-cause-fqcn"))
                    .isEqualTo(InvalidEventException.class.getName());
            assertThat(TestTopic.header(dead.get(1), "kafka_dlt-exception-message")).contains("ce_specversion");
            assertThat(TestTopic.header(dead.get(0), "kafka_dlt-original-topic")).isEqualTo("deposits");
        }
        await().untilAsserted(() -> assertThat(meters.find("messaging.dead.letters").tag("topic", "deposits-dlt").gauge())
                .isNotNull().extracting(gauge -> gauge.value()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isGreaterThanOrEqualTo(2.0));
    }

    @Test
    void aTransientFailureIsRetriedAndAppliedOnce() throws Exception {
        String account = "flaky-" + UUID.randomUUID();
        listener.failuresLeft.put(account, new AtomicInteger(2));
        kafka.send(deposit(UUID.randomUUID().toString(), account, 42)).get();

        await().until(() -> balance(account) == 42);
        assertThat(listener.attempts(account)).isEqualTo(3);
        try (TestTopic dlt = new TestTopic(brokers, "deposits-dlt")) {
            await().during(java.time.Duration.ofMillis(500)).until(() -> true);
            assertThat(dlt.pollByKey(account)).isEmpty();
        }
    }

    @Test
    void anEventIsRetriedForAsLongAsItsDatabaseIsUnreachableAndNeverDeadLettered() throws Exception {
        String account = "store-down-" + UUID.randomUUID();
        // more failures than the retries a failing record gets before it is dead-lettered (4)
        listener.storeDownLeft.put(account, new AtomicInteger(9));
        kafka.send(deposit(UUID.randomUUID().toString(), account, 42)).get();

        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> balance(account) == 42);
        assertThat(listener.attempts(account)).isEqualTo(10);
        try (TestTopic dlt = new TestTopic(brokers, "deposits-dlt")) {
            await().during(java.time.Duration.ofMillis(500)).until(() -> true);
            assertThat(dlt.pollByKey(account)).isEmpty();
        }
    }

    @Test
    void aPoisonRecordInABatchGoesToTheDeadLetterTopicAndTheOthersAreAppliedOnce() throws Exception {
        String account = "batch-" + UUID.randomUUID();
        kafka.send(transfer(account, "t1")).get();
        ProducerRecord<String, String> notJson = transfer(account, "poison");
        kafka.send(new ProducerRecord<>("transfers", null, account, "{not json", notJson.headers())).get();
        kafka.send(transfer(account, "t2")).get();
        kafka.send(transfer(account, "t3")).get();

        await().until(() -> batchListener.applied(account), applied -> applied.size() == 3);
        assertThat(batchListener.applied(account)).containsExactlyInAnyOrder("t1", "t2", "t3");
        try (TestTopic dlt = new TestTopic(brokers, "transfers-dlt")) {
            List<ConsumerRecord<String, String>> dead = await()
                    .until(() -> dlt.pollByKey(account), r -> r.size() == 1);
            assertThat(dead.get(0).value()).isEqualTo("{not json");
            assertThat(TestTopic.header(dead.get(0), "kafka_dlt-exception-cause-fqcn"))
                    .isEqualTo(InvalidEventException.class.getName());
        }
        // dead-lettered at once, as an invalid record is, without retries
        assertThat(batchListener.calls(account)).isLessThanOrEqualTo(3);
    }

    @Test
    void aBatchWhoseStoreIsBrieflyUnreachableIsRetriedAndAppliedOnceWithoutDeadLetters() throws Exception {
        String account = "batch-store-down-" + UUID.randomUUID();
        // more failures than the retries a failing record gets before it is dead-lettered (4)
        batchListener.storeDownLeft.put(account, new AtomicInteger(6));
        kafka.send(transfer(account, "t1")).get();
        kafka.send(transfer(account, "t2")).get();

        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> batchListener.applied(account),
                applied -> applied.size() == 2);
        try (TestTopic dlt = new TestTopic(brokers, "transfers-dlt")) {
            await().during(java.time.Duration.ofMillis(500)).until(() -> true);
            assertThat(dlt.pollByKey(account)).isEmpty();
        }
        assertThat(batchListener.applied(account)).containsExactlyInAnyOrder("t1", "t2");
    }

    private static ProducerRecord<String, String> transfer(String account, String reference) {
        ProducerRecord<String, String> record = new ProducerRecord<>("transfers", account,
                "{\"account\":\"" + account + "\",\"reference\":\"" + reference + "\"}");
        new EventMetadata(UUID.randomUUID().toString(), "vn.ldld.test.transferred.v1", "/test", account,
                Instant.now(), "corr-2").writeTo(record.headers());
        return record;
    }

    private int balance(String account) {
        org.bson.Document document = mongo.findById(account, org.bson.Document.class, "balances");
        return document == null ? 0 : document.getInteger("balance");
    }

    private static ProducerRecord<String, String> deposit(String eventId, String account, int amount) {
        ProducerRecord<String, String> record = new ProducerRecord<>("deposits", account,
                "{\"account\":\"" + account + "\",\"amount\":" + amount + "}");
        new EventMetadata(eventId, "vn.ldld.test.deposited.v1", "/test", account, Instant.now(), "corr-1")
                .writeTo(record.headers());
        return record;
    }

    /** A consumer that applies deposits through the inbox and can be told to fail. */
    @TestConfiguration
    static class Listener {

        final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> storeDownLeft = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        private final ProcessedEvents processed;
        private final MongoTemplate mongo;
        private final ObjectMapper json;

        Listener(ProcessedEvents processed, MongoTemplate mongo, ObjectMapper json) {
            this.processed = processed;
            this.mongo = mongo;
            this.json = json;
        }

        @KafkaListener(topics = "deposits", groupId = "deposits-test")
        void on(ConsumerRecord<String, String> record) {
            InboundEvent event = InboundEvent.from(record);
            JsonNode body = parse(event.payload());
            String account = body.get("account").asString();
            attempts.computeIfAbsent(account, a -> new AtomicInteger()).incrementAndGet();
            processed.once("deposits-test", event, () -> {
                AtomicInteger left = failuresLeft.get(account);
                if (left != null && left.getAndDecrement() > 0) {
                    throw new IllegalStateException("database briefly unavailable");
                }
                AtomicInteger down = storeDownLeft.get(account);
                if (down != null && down.getAndDecrement() > 0) {
                    throw new DataAccessResourceFailureException("Timed out while waiting for a server");
                }
                mongo.upsert(Query.query(Criteria.where("_id").is(account)),
                        new Update().inc("balance", body.get("amount").asInt()), "balances");
            });
            handled.computeIfAbsent(account, a -> new AtomicInteger()).incrementAndGet();
        }

        int handled(String account) {
            return handled.getOrDefault(account, new AtomicInteger()).get();
        }

        int attempts(String account) {
            return attempts.getOrDefault(account, new AtomicInteger()).get();
        }

        private JsonNode parse(String payload) {
            try {
                return json.readTree(payload);
            } catch (RuntimeException e) {
                throw new InvalidEventException("payload is not JSON", e);
            }
        }
    }

    /** A batch listener: transfers in a row applied together; can be told that its store is down. */
    @TestConfiguration
    static class BatchListener {

        final Map<String, AtomicInteger> storeDownLeft = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        private final MongoTemplate mongo;
        private final EventHandlers handlers;

        record Transfer(String account, String reference) {
        }

        BatchListener(ProcessedEvents processed, MongoTemplate mongo) {
            this.mongo = mongo;
            this.handlers = new EventHandlers(List.of(new BatchEventHandler<Transfer>() {
                @Override
                public Set<String> types() {
                    return Set.of("vn.ldld.test.transferred.v1");
                }

                @Override
                public Class<Transfer> payloadType() {
                    return Transfer.class;
                }

                @Override
                public void handleAll(List<Received<Transfer>> events) {
                    for (Received<Transfer> received : events) {
                        String account = received.payload().account();
                        calls.computeIfAbsent(account, a -> new AtomicInteger()).incrementAndGet();
                        AtomicInteger down = storeDownLeft.get(account);
                        if (down != null && down.getAndDecrement() > 0) {
                            throw new DataAccessResourceFailureException("Timed out while waiting for a server");
                        }
                    }
                    events.forEach(received -> mongo.upsert(Query.query(Criteria.where("_id")
                            .is(received.payload().account())), new Update().push("applied",
                            received.payload().reference()), "transfers"));
                }
            }), new EventReader(), processed);
        }

        @KafkaListener(topics = "transfers", groupId = "transfers-test", batch = "true")
        void on(List<ConsumerRecord<String, String>> records) {
            handlers.consumeAll("transfers-test", records);
        }

        List<String> applied(String account) {
            org.bson.Document document = mongo.findById(account, org.bson.Document.class, "transfers");
            return document == null ? List.of() : document.getList("applied", String.class);
        }

        int calls(String account) {
            return calls.getOrDefault(account, new AtomicInteger()).get();
        }
    }
}
