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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * Who may do what on the real broker process the platform runs: nobody without credentials, each service only its
 * own topic (and the dead letters of what it consumes), the outside system only reads, in its own consumer groups.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaAccessTests {

    /** The topics each user may write: each service its own stream and the dead letters of the streams it consumes. */
    static final Map<String, Set<String>> WRITES = Map.of(
            "plan-service", Set.of("plan-events"),
            "report-service", Set.of("report-events", "plan-events-dlt"),
            "notification-service", Set.of("notification-events", "plan-events-dlt", "report-events-dlt"),
            "analytics-service", Set.of("plan-events-dlt", "report-events-dlt", "notification-events-dlt"),
            "provincial-hub", Set.of(),
            "bench", Set.of());

    /** The topics each user may read: what it consumes; the outside system the three streams, the bench everything. */
    static final Map<String, Set<String>> READS = Map.of(
            "plan-service", Set.of(),
            "report-service", Set.of("plan-events"),
            "notification-service", Set.of("plan-events", "report-events"),
            "analytics-service", Set.of("plan-events", "report-events", "notification-events"),
            "provincial-hub", Set.of("plan-events", "report-events", "notification-events"),
            "bench", Set.copyOf(Topics.ALL));

    private LocalPlatform platform;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeAll
    void startBroker(@TempDir Path repoRoot) throws Exception {
        PlatformConfig config = PlatformConfig.defaults(repoRoot).withServices(List.of()).withFreePorts();
        this.platform = new LocalPlatform(config, new PrintStream(this.output, true, StandardCharsets.UTF_8));
        this.platform.startInfrastructure();
        try (KafkaProducer<String, String> admin = producer(KafkaUsers.ADMIN)) {
            for (String topic : Topics.ALL) {
                admin.send(new ProducerRecord<>(topic, "seed", "written by the admin")).get(10, TimeUnit.SECONDS);
            }
        }
    }

    @AfterAll
    void stopBroker() {
        this.platform.stopAll();
    }

    @Test
    void clientsWithoutCredentialsAreRefused() {
        Map<String, Object> anonymous = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.platform.kafkaBootstrap(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(anonymous)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
        Map<String, Object> anonymousProducer = new HashMap<>(anonymous);
        anonymousProducer.remove(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG);
        anonymousProducer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(anonymousProducer, new StringSerializer(),
                new StringSerializer())) {
            Throwable refused = catchThrowable(() -> producer.send(
                    new ProducerRecord<>("report-events", "forged", "ReportSubmitted")).get(10, TimeUnit.SECONDS));
            assertThat(root(refused)).isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
        Map<String, Object> wrongPassword = new HashMap<>(anonymous);
        wrongPassword.putAll(KafkaUsers.saslConfig("report-service", "guessed"));
        try (Admin admin = Admin.create(wrongPassword)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aServiceCannotPublishOnAnotherServicesTopic() throws Exception {
        try (KafkaProducer<String, String> reportService = producer("report-service")) {
            assertThatThrownBy(() -> reportService.send(new ProducerRecord<>("plan-events", "forged-plan", "PlanPublished"))
                .get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(TopicAuthorizationException.class);
            reportService.send(new ProducerRecord<>("report-events", "report-1", "ReportSubmitted")).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void eachUserWritesExactlyTheTopicsItShould() {
        Map<String, Set<String>> written = new TreeMap<>();
        for (String user : WRITES.keySet()) {
            try (KafkaProducer<String, String> producer = producer(user)) {
                Set<String> topics = new TreeSet<>();
                for (String topic : Topics.ALL) {
                    if (writes(producer, topic)) {
                        topics.add(topic);
                    }
                }
                written.put(user, topics);
            }
        }
        assertThat(written).isEqualTo(new TreeMap<>(WRITES));
    }

    @Test
    void eachUserReadsExactlyTheTopicsItShould() {
        Map<String, Set<String>> read = new TreeMap<>();
        for (String user : READS.keySet()) {
            try (KafkaConsumer<String, String> consumer = consumer(user, null)) {
                Set<String> topics = new TreeSet<>();
                for (String topic : Topics.ALL) {
                    if (reads(consumer, topic)) {
                        topics.add(topic);
                    }
                }
                read.put(user, topics);
            }
        }
        assertThat(read).isEqualTo(new TreeMap<>(READS));
    }

    @Test
    void theOutsideSystemReadsReportsInItsOwnConsumerGroupsAndWritesNothing() {
        try (KafkaConsumer<String, String> hub = consumer(KafkaUsers.PROVINCIAL_HUB, "provincial-hub.reports")) {
            hub.subscribe(List.of("report-events"));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                hub.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.stream().anyMatch((record) -> record.key().equals("seed"));
            });
            hub.commitSync();
        }
        for (String group : List.of("analytics-service", "hub-reports", "provincial-hubx")) {
            try (KafkaConsumer<String, String> hub = consumer(KafkaUsers.PROVINCIAL_HUB, group)) {
                hub.subscribe(List.of("report-events"));
                Throwable refused = catchThrowable(() -> await().atMost(Duration.ofSeconds(20))
                    .until(() -> !hub.poll(Duration.ofMillis(200)).isEmpty()));
                assertThat(root(refused)).as("group %s", group).isInstanceOf(GroupAuthorizationException.class);
            }
        }
        try (KafkaProducer<String, String> hub = producer(KafkaUsers.PROVINCIAL_HUB)) {
            assertThat(Topics.ALL).noneMatch((topic) -> writes(hub, topic));
        }
    }

    @Test
    void kafkaUserAddLetsAnotherOutsideSystemReadAndRemoveTakesItAway() {
        KafkaUserCommand command = new KafkaUserCommand(this.platform, new PrintStream(this.output, true, StandardCharsets.UTF_8));
        assertThat(command.run(List.of("add", "military-command"))).isZero();

        try (KafkaConsumer<String, String> system = consumer("military-command", "military-command.plans")) {
            system.subscribe(List.of("plan-events"));
            await().atMost(Duration.ofSeconds(30)).until(() -> !system.poll(Duration.ofMillis(200)).isEmpty());
        }
        try (KafkaProducer<String, String> system = producer("military-command")) {
            assertThat(writes(system, "plan-events")).isFalse();
        }

        Map<String, Object> removed = this.platform.kafkaClientConfig("military-command");
        assertThat(command.run(List.of("remove", "military-command"))).isZero();
        try (Admin admin = Admin.create(removed)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static Throwable root(Throwable thrown) {
        Throwable root = thrown;
        while (root != null && root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    private boolean writes(KafkaProducer<String, String> producer, String topic) {
        try {
            producer.send(new ProducerRecord<>(topic, "probe", "probe")).get(10, TimeUnit.SECONDS);
            return true;
        }
        catch (Exception ex) {
            // TopicAuthorizationException, or ClusterAuthorizationException for a user who may write no topic at all
            // (an idempotent producer needs a write permission somewhere to get its producer id). It comes wrapped
            // in the future's ExecutionException, or thrown by send itself once the producer has failed for good.
            if (refused(ex)) {
                return false;
            }
            throw new AssertionError("Writing to " + topic + " failed otherwise than refused", ex);
        }
    }

    private static boolean refused(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException) {
                return true;
            }
        }
        return false;
    }

    /** Reads partition 0 of {@code topic} from its start (the admin's seed record is there or in another partition). */
    private static boolean reads(KafkaConsumer<String, String> consumer, String topic) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (int partition = 0; partition < Topics.PARTITIONS; partition++) {
            partitions.add(new TopicPartition(topic, partition));
        }
        consumer.assign(partitions);
        try {
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.stream().anyMatch((record) -> record.key().equals("seed"));
            });
            return true;
        }
        catch (AuthorizationException ex) {
            return false;
        }
        catch (org.awaitility.core.ConditionTimeoutException ex) {
            if (ex.getCause() instanceof AuthorizationException) {
                return false;
            }
            throw ex;
        }
    }

    private KafkaProducer<String, String> producer(String user) {
        Map<String, Object> config = new HashMap<>(this.platform.kafkaClientConfig(user));
        // as the services' outbox relay sends
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private KafkaConsumer<String, String> consumer(String user, String group) {
        Map<String, Object> config = new HashMap<>(this.platform.kafkaClientConfig(user));
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

}
