package vn.ldld.platform;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./platform up --kafka-brokers 3}: three real broker processes (each also a KRaft controller), topics with
 * three replicas and {@code min.insync.replicas=2}. One cluster for the whole class; its last test kills a broker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaClusterTests {

    private PlatformConfig config;

    private LocalPlatform platform;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeAll
    void startCluster(@TempDir Path repoRoot) {
        this.config = PlatformConfig.defaults(repoRoot).withServices(List.of()).withKafkaBrokers(3).withFreePorts();
        this.platform = new LocalPlatform(this.config, new PrintStream(this.output, true, StandardCharsets.UTF_8));
        this.platform.startInfrastructure();
    }

    @AfterAll
    void stopCluster() {
        this.platform.stopAll();
        System.out.println(this.output.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void everyTopicKeepsThreeReplicasAndAcknowledgesAWriteOnTwo() throws Exception {
        assertThat(this.platform.status()).filteredOn((row) -> KafkaNode.isBroker(row.name()))
            .extracting(StatusRow::name, StatusRow::health)
            .containsExactly(tuple("kafka-1", "UP"), tuple("kafka-2", "UP"), tuple("kafka-3", "UP"));
        assertThat(new LocalPlatform(this.config.withKafkaBrokers(1)).status())
            .filteredOn((row) -> KafkaNode.isBroker(row.name())).extracting(StatusRow::name)
            .as("status without --kafka-brokers 3 shows the brokers that run")
            .containsExactly("kafka-1", "kafka-2", "kafka-3");
        try (Admin admin = Admin.create(this.platform.kafkaClientConfig(KafkaUsers.ADMIN))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames().get(10, TimeUnit.SECONDS);
            assertThat(topics.values()).allSatisfy((topic) -> assertThat(topic.partitions())
                .hasSize(Topics.PARTITIONS)
                .allSatisfy((partition) -> assertThat(partition.replicas()).hasSize(3)));
            List<ConfigResource> resources = Topics.ALL.stream()
                .map((topic) -> new ConfigResource(ConfigResource.Type.TOPIC, topic))
                .toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(10, TimeUnit.SECONDS);
            assertThat(configs.values()).allSatisfy((topic) ->
                    assertThat(topic.get("min.insync.replicas").value()).isEqualTo("2"));
        }
    }

    @Test
    @Order(2)
    void killingTheLeaderOfAPartitionLosesNothingAndClientsMoveToTheNewLeader() throws Exception {
        int records = 600;
        Set<String> received = ConcurrentHashMap.newKeySet();
        Map<String, Object> consumerConfig = new HashMap<>(this.platform.kafkaClientConfig(KafkaUsers.PROVINCIAL_HUB));
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "provincial-hub.failover");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, Object> producerConfig = new HashMap<>(this.platform.kafkaClientConfig("report-service"));
        // as the services' outbox relay sends
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                        new StringDeserializer())) {
            consumer.subscribe(List.of("report-events"));
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int i = 0; i < records / 2; i++) {
                sent.add(producer.send(new ProducerRecord<>("report-events", "report-" + i, "submitted " + i)));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach((record) -> received.add(record.key()));
                return received.size() >= records / 2;
            });

            KafkaNode killed = leaderOfFirstPartition();
            ProcessHandle broker = PidFile.read(this.config.pidsDir(), killed.name()).orElseThrow().process().orElseThrow();
            broker.destroyForcibly();
            await().atMost(Duration.ofSeconds(10)).until(() -> !broker.isAlive());

            for (int i = records / 2; i < records; i++) {
                sent.add(producer.send(new ProducerRecord<>("report-events", "report-" + i, "submitted " + i)));
            }
            for (Future<RecordMetadata> acknowledged : sent) {
                acknowledged.get(120, TimeUnit.SECONDS);
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach((record) -> received.add(record.key()));
                return received.size() >= records;
            });
            assertThat(received).hasSize(records);
            try (Admin admin = Admin.create(this.platform.kafkaClientConfig(KafkaUsers.ADMIN))) {
                TopicDescription reports = admin.describeTopics(List.of("report-events")).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get("report-events");
                assertThat(reports.partitions()).allSatisfy((partition) -> {
                    assertThat(partition.leader().id()).isNotEqualTo(killed.nodeId());
                    assertThat(partition.isr()).hasSize(2);
                });
            }
        }
    }

    private KafkaNode leaderOfFirstPartition() throws Exception {
        try (Admin admin = Admin.create(this.platform.kafkaClientConfig(KafkaUsers.ADMIN))) {
            TopicPartitionInfo first = admin.describeTopics(List.of("report-events")).allTopicNames()
                .get(10, TimeUnit.SECONDS).get("report-events").partitions().get(0);
            return this.config.kafkaNodes().stream()
                .filter((node) -> node.nodeId() == first.leader().id())
                .findFirst()
                .orElseThrow();
        }
    }

}
