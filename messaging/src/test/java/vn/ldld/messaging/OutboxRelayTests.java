package vn.ldld.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.ldld.messaging.outbox.EventFactory;
import vn.ldld.messaging.outbox.Outbox;
import vn.ldld.messaging.outbox.OutboxBacklog;
import vn.ldld.messaging.outbox.OutboxEvent;
import vn.ldld.messaging.outbox.OutboxProperties;
import vn.ldld.messaging.outbox.OutboxRelay;
import vn.ldld.messaging.testing.TestMongo;
import vn.ldld.messaging.testing.TestTopic;

@SpringBootTest(classes = TestApplication.class)
@EmbeddedKafka(partitions = 3, topics = "ledger-events")
class OutboxRelayTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uri("outbox-relay"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    Outbox outbox;
    @Autowired
    EventFactory events;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxBacklog backlog;
    @Autowired
    KafkaTemplate<String, String> eventsKafkaTemplate;
    @Autowired
    Clock clock;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Test
    void publishesEachEventWithItsCloudEventsHeadersAndEmptiesTheOutbox() {
        String id = UUID.randomUUID().toString();
        outbox.insert(new Ledger(id, 1, 10), List.of(event(id, "{\"balance\":10,\"note\":\"Liên đoàn\"}")));

        try (TestTopic topic = new TestTopic(brokers, "ledger-events")) {
            ConsumerRecord<String, String> record = await().until(() -> topic.pollByKey(id), r -> r.size() == 1).get(0);
            assertThat(record.value()).isEqualTo("{\"balance\":10,\"note\":\"Liên đoàn\"}");
            assertThat(TestTopic.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TestTopic.header(record, "ce_type")).isEqualTo("vn.ldld.test.ledger-changed.v1");
            assertThat(TestTopic.header(record, "ce_source")).isEqualTo("/ledger-service");
            assertThat(TestTopic.header(record, "ce_subject")).isEqualTo(id);
            assertThat(TestTopic.header(record, "ce_id")).isNotBlank();
            assertThat(TestTopic.header(record, "ce_time")).isNotBlank();
            assertThat(TestTopic.header(record, "content-type")).isEqualTo("application/json");
        }
        await().until(() -> pendingOf(id) == 0);
        backlog.refresh();
        assertThat(backlog.snapshot("ledgers").events()).isZero();
    }

    @Test
    void keepsTheEventsOfOneAggregateInOrder() {
        String id = UUID.randomUUID().toString();
        outbox.insert(new Ledger(id, 1, 0), List.of(event(id, "{\"step\":0}")));
        for (int step = 1; step < 20; step++) {
            outbox.update(new Ledger(id, step + 1, step), id, "version", step, List.of(event(id, "{\"step\":" + step + "}")));
        }

        try (TestTopic topic = new TestTopic(brokers, "ledger-events")) {
            List<ConsumerRecord<String, String>> mine = await().until(() -> topic.pollByKey(id), r -> r.size() >= 20);
            assertThat(mine).extracting(ConsumerRecord::value)
                    .containsExactlyElementsOf(IntStream.range(0, 20).mapToObj(i -> "{\"step\":" + i + "}").toList());
        }
    }

    @Test
    void refusesAStaleUpdateAndKeepsItsEventOutOfTheOutbox() {
        String id = UUID.randomUUID().toString();
        outbox.insert(new Ledger(id, 1, 5), List.of(event(id, "{\"balance\":5}")));
        outbox.update(new Ledger(id, 2, 6), id, "version", 1, List.of(event(id, "{\"balance\":6}")));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        outbox.update(new Ledger(id, 2, 7), id, "version", 1, List.of(event(id, "{\"balance\":7}"))))
                .isInstanceOf(OptimisticLockingFailureException.class);

        try (TestTopic topic = new TestTopic(brokers, "ledger-events")) {
            await().until(() -> topic.pollByKey(id), r -> r.size() == 2);
            assertThat(topic.pollByKey(id)).extracting(ConsumerRecord::value)
                    .containsExactly("{\"balance\":5}", "{\"balance\":6}");
        }
        assertThat(mongo.findById(id, Ledger.class).balance()).isEqualTo(6);
    }

    @Test
    void writesFieldsTheAggregateDoesNotMapInTheSameInsertAndKeepsThemThroughUpdates() {
        String id = UUID.randomUUID().toString();
        outbox.insert(new Ledger(id, 1, 5), Map.of("requestKey", "caller/k-1"), List.of(event(id, "{\"balance\":5}")));
        outbox.update(new Ledger(id, 2, 6), id, "version", 1, List.of(event(id, "{\"balance\":6}")));

        org.bson.Document document = mongo.findOne(Query.query(Criteria.where("_id").is(id)), org.bson.Document.class,
                "ledgers");
        assertThat(document.getString("requestKey")).isEqualTo("caller/k-1");
        assertThat(mongo.findById(id, Ledger.class).balance()).isEqualTo(6);
    }

    @Test
    void twoRelayInstancesPublishEveryEventExactlyOnce() {
        OutboxProperties properties = new OutboxProperties(List.of("ledgers"), Duration.ofMillis(20), Duration.ofMillis(20), 50,
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofSeconds(5));
        OutboxRelay second = new OutboxRelay(mongo, eventsKafkaTemplate, properties, clock, new SimpleMeterRegistry(),
                "second-instance");
        OutboxRelay third = new OutboxRelay(mongo, eventsKafkaTemplate, properties, clock, new SimpleMeterRegistry(),
                "third-instance");
        second.start();
        third.start();
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String id = "multi-" + UUID.randomUUID();
                ids.add(id);
                outbox.insert(new Ledger(id, 1, i), List.of(event(id, "{\"n\":" + i + "}")));
            }
            try (TestTopic topic = new TestTopic(brokers, "ledger-events")) {
                await().until(() -> topic.poll().stream().filter(r -> r.key().startsWith("multi-")).count() >= 100);
                await().during(Duration.ofMillis(500)).until(() -> true);
                List<ConsumerRecord<String, String>> published = topic.poll().stream()
                        .filter(r -> r.key().startsWith("multi-")).toList();
                Set<String> eventIds = published.stream().map(r -> TestTopic.header(r, "ce_id")).collect(Collectors.toSet());
                assertThat(published).hasSize(100);
                assertThat(eventIds).hasSize(100);
                assertThat(published.stream().map(ConsumerRecord::key).collect(Collectors.toSet()))
                        .containsExactlyInAnyOrderElementsOf(ids);
            }
        } finally {
            second.stop();
            third.stop();
        }
    }

    @Test
    void anotherInstanceTakesOverOnceTheLeaseOfACrashedRelayHasRunOut() {
        OutboxProperties properties = new OutboxProperties(List.of("tallies"), Duration.ofMillis(20), Duration.ofMillis(20), 50,
                Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofSeconds(5));
        OutboxRelay crashed = new OutboxRelay(mongo, eventsKafkaTemplate, properties, clock, new SimpleMeterRegistry(),
                "crashed-instance");
        OutboxRelay survivor = new OutboxRelay(mongo, eventsKafkaTemplate, properties, clock, new SimpleMeterRegistry(),
                "surviving-instance");
        crashed.relayAll(); // takes the lease, then the process dies without giving it back
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = "tally-" + UUID.randomUUID();
            ids.add(id);
            outbox.insert(new Tally(id, 1, i), List.of(event(id, "{\"count\":" + i + "}")));
        }

        assertThat(survivor.relayAll()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> survivor.relayAll() > 0);

        try (TestTopic topic = new TestTopic(brokers, "ledger-events")) {
            await().until(() -> topic.poll().stream().filter(r -> ids.contains(r.key())).count() == 10);
        }
    }

    @Test
    void keepsLargePayloadsOutOfTheAggregatesDocumentAndPublishesThemInOrder() {
        String id = "roster-" + UUID.randomUUID();
        String small = "{\"step\":\"listed\"}";
        List<String> chunks = IntStream.rangeClosed(1, 3).mapToObj(chunk -> "{\"chunk\":" + chunk + ",\"units\":\""
                + "Công đoàn cơ sở ".repeat(2_000) + "\"}").toList();
        List<OutboxEvent> written = new ArrayList<>();
        written.add(event(id, small));
        chunks.forEach(chunk -> written.add(event(id, chunk)));
        outbox.insert(new Roster(id, 1, 3), written);

        org.bson.Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(id)), org.bson.Document.class,
                "rosters");
        assertThat(org.bson.RawBsonDocument.parse(stored.toJson()).getByteBuffer().remaining())
                .as("the aggregate's document with its pending events").isLessThan(Outbox.INLINE_PAYLOAD_LIMIT);
        assertThat(mongo.getCollection("rosters" + Outbox.PAYLOADS_SUFFIX)
                .countDocuments(com.mongodb.client.model.Filters.eq("key", id))).isEqualTo(3);

        OutboxProperties properties = new OutboxProperties(List.of("rosters"), Duration.ofMillis(20),
                Duration.ofMillis(20), 50, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMillis(100),
                Duration.ofSeconds(5));
        OutboxRelay relay = new OutboxRelay(mongo, eventsKafkaTemplate, properties, clock, new SimpleMeterRegistry(),
                "roster-relay");
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.relayAll() > 0);
        try (TestTopic topic = new TestTopic(brokers, "ledger-events")) {
            List<ConsumerRecord<String, String>> mine = await().until(() -> topic.pollByKey(id), r -> r.size() >= 4);
            List<String> expected = new ArrayList<>(List.of(small));
            expected.addAll(chunks);
            assertThat(mine).extracting(ConsumerRecord::value).containsExactlyElementsOf(expected);
        }
        assertThat(mongo.getCollection("rosters" + Outbox.PAYLOADS_SUFFIX)
                .countDocuments(com.mongodb.client.model.Filters.eq("key", id))).isZero();
        assertThat(mongo.findOne(Query.query(Criteria.where("_id").is(id)), org.bson.Document.class, "rosters")
                .getList(Outbox.PENDING_EVENTS, Object.class)).isEmpty();
    }

    @Test
    void changesAppliedTogetherEachKeepTheirEventsAndOnlyThoseWhoseQueryMatchesApply() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        outbox.insert(new Ledger(first, 1, 1), List.of(event(first, "{\"balance\":1}")));
        outbox.insert(new Ledger(second, 1, 2), List.of(event(second, "{\"balance\":2}")));

        int matched = outbox.applyAll(Ledger.class, List.of(
                new Outbox.Change(Query.query(Criteria.where("_id").is(first).and("version").is(1)),
                        new org.springframework.data.mongodb.core.query.Update().set("version", 2).set("balance", 11),
                        List.of(event(first, "{\"balance\":11}"))),
                new Outbox.Change(Query.query(Criteria.where("_id").is(second).and("version").is(1)),
                        new org.springframework.data.mongodb.core.query.Update().set("version", 2).set("balance", 12),
                        List.of(event(second, "{\"balance\":12}"), event(second, "{\"note\":\"Liên đoàn\"}"))),
                new Outbox.Change(Query.query(Criteria.where("_id").is(second).and("version").is(7)),
                        new org.springframework.data.mongodb.core.query.Update().set("balance", 99),
                        List.of(event(second, "{\"balance\":99}")))));

        assertThat(matched).isEqualTo(2);
        assertThat(mongo.findById(first, Ledger.class).balance()).isEqualTo(11);
        assertThat(mongo.findById(second, Ledger.class).balance()).isEqualTo(12);
        try (TestTopic topic = new TestTopic(brokers, "ledger-events")) {
            assertThat(await().until(() -> topic.pollByKey(first), r -> r.size() == 2))
                    .extracting(ConsumerRecord::value).containsExactly("{\"balance\":1}", "{\"balance\":11}");
            assertThat(await().until(() -> topic.pollByKey(second), r -> r.size() == 3))
                    .extracting(ConsumerRecord::value)
                    .containsExactly("{\"balance\":2}", "{\"balance\":12}", "{\"note\":\"Liên đoàn\"}");
            await().until(() -> pendingOf(first) == 0 && pendingOf(second) == 0);
            assertThat(topic.pollByKey(second)).as("the change that matched nothing added no event").hasSize(3);
        }
    }

    @Test
    void aRefusedWriteLeavesNoLargePayloadBehind() {
        String id = "roster-" + UUID.randomUUID();
        outbox.insert(new Roster(id, 1, 0), List.of(event(id, "{\"units\":0}")));
        String large = "{\"units\":\"" + "x".repeat(Outbox.INLINE_PAYLOAD_LIMIT) + "\"}";

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        outbox.update(new Roster(id, 2, 1), id, "version", 7, List.of(event(id, large))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        outbox.insert(new Roster(id, 1, 1), List.of(event(id, large))))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);

        assertThat(mongo.getCollection("rosters" + Outbox.PAYLOADS_SUFFIX)
                .countDocuments(com.mongodb.client.model.Filters.eq("key", id))).isZero();
    }

    @Test
    void reportsMongoHealthWithACommandTheWireServerKnows(
            @Autowired org.springframework.boot.health.contributor.HealthIndicator mongoHealthIndicator) {
        assertThat(mongoHealthIndicator.health().getStatus().getCode()).isEqualTo("UP");
    }

    private OutboxEvent event(String id, String json) {
        return events.create("ledger-events", "vn.ldld.test.ledger-changed.v1", id, new RawJson(json));
    }

    private int pendingOf(String id) {
        org.bson.Document document = mongo.findOne(Query.query(Criteria.where("_id").is(id)), org.bson.Document.class,
                "ledgers");
        List<?> pending = document.getList(Outbox.PENDING_EVENTS, Object.class);
        return pending == null ? 0 : pending.size();
    }

    /** A payload that is already JSON. */
    record RawJson(@com.fasterxml.jackson.annotation.JsonValue @com.fasterxml.jackson.annotation.JsonRawValue String json) {
    }

}
