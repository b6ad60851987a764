package vn.ldld.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;

import vn.ldld.platform.LocalPlatform;
import vn.ldld.platform.PlatformConfig;
import vn.ldld.client.Tokens;

/**
 * The real flow on the engines a deployment uses: the services, started as in the other end-to-end tests, against a
 * {@code mongo:8} replica set and an {@code apache/kafka} broker in containers. The broker is the image's own, without
 * authentication: the platform reaches it in PLAINTEXT ({@code withExternalKafka(bootstrapServers)}, no Kafka user for
 * the services); signing in to an existing Kafka with SASL/SCRAM as its admin, and the services as their own users, is
 * tested on a real broker by LocalPlatformTests (platform-launcher). Skipped, saying so, where no container
 * engine runs (these machines' CI): the embedded store and the local broker are covered by the other tests, and the
 * behaviours in which the embedded store may differ from MongoDB by StoreBehaviourTests (platform-launcher).
 */
@Testcontainers(disabledWithoutDocker = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealEnginesTests {

    static final String MONGO_IMAGE = System.getProperty("test.mongo.image", "mongo:8.0");
    static final String KAFKA_IMAGE = System.getProperty("test.kafka.image", "apache/kafka:4.1.2");

    static MongoDBContainer mongo;
    static KafkaContainer kafka;
    static LocalPlatform platform;
    static Campaign campaign;

    @BeforeAll
    static void start() throws IOException {
        mongo = new MongoDBContainer(MONGO_IMAGE);
        mongo.start();
        // the broker keeps its host port across a stop and start of its container, as a broker keeps its address
        int kafkaPort = freePort();
        kafka = new KafkaContainer(KAFKA_IMAGE).withCreateContainerCmdModifier(command -> command.getHostConfig()
                .withPortBindings(new PortBinding(Ports.Binding.bindPort(kafkaPort), new ExposedPort(9092))));
        kafka.start();

        Path repoRoot = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
        String mongoUrl = mongo.getReplicaSetUrl("{database}");
        PlatformConfig config = PlatformConfig.defaults(repoRoot)
                .withStateDir(Files.createTempDirectory("real-engines"))
                .withFreePorts()
                .withExternalMongo(mongoUrl)
                .withExternalKafka(kafka.getBootstrapServers());
        platform = new LocalPlatform(config).stopAllOnJvmExit();
        String gateway = platform.up().gatewayUrl();
        campaign = Campaign.publish(gateway, new Tokens(URI.create(config.issuerUri())));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.stopAll();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (mongo != null) {
            mongo.stop();
        }
    }

    @Test
    @Order(1)
    void unitsSubmitReviseAndResubmitAndAnalyticsTotalsAreTheLatestRevisions() {
        List<String> units = campaign.units.subList(0, 4);
        for (int i = 0; i < units.size(); i++) {
            assertThat(campaign.submit(units.get(i), i + 1).statusCode()).isEqualTo(201);
        }
        campaign.revise(units.get(0), 10);
        campaign.returnReport(units.get(1));
        campaign.revise(units.get(1), 7);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(campaign.analytics().path("summary").path("submitted").asInt()).isEqualTo(units.size());
            assertThat(campaign.analyticsTotals()).isEqualTo(campaign.expectedTotals());
        });
    }

    @Test
    @Order(2)
    void stoppingAndRestartingKafkaDuringIntakeLosesNothing() {
        List<String> rest = campaign.units.subList(4, campaign.units.size());
        int half = rest.size() / 2;
        for (int i = 0; i < half; i++) {
            assertThat(campaign.submit(rest.get(i), 20 + i).statusCode()).isEqualTo(201);
        }
        var docker = DockerClientFactory.instance().client();
        docker.stopContainerCmd(kafka.getContainerId()).exec();
        // the broker is gone: intake still answers 201, the events wait in the outbox
        for (int i = half; i < rest.size(); i++) {
            assertThat(campaign.submit(rest.get(i), 20 + i).statusCode()).isEqualTo(201);
        }
        docker.startContainerCmd(kafka.getContainerId()).exec();

        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> {
            assertThat(campaign.analytics().path("summary").path("submitted").asInt()).isEqualTo(campaign.units.size());
            assertThat(campaign.analyticsTotals()).isEqualTo(campaign.expectedTotals());
        });
        Map<String, Integer> submittedEvents = submittedEventsPerReport();
        assertThat(submittedEvents.keySet()).containsExactlyInAnyOrderElementsOf(campaign.reportIds.values());
    }

    /** How many distinct ReportSubmitted events (by ce_id) each report of the campaign has on report-events. */
    private static Map<String, Integer> submittedEventsPerReport() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "real-engines-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("report-events"));
            Set<String> reports = new HashSet<>(campaign.reportIds.values());
            Map<String, Set<String>> events = new HashMap<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String type = header(record, "ce_type");
                    if (reports.contains(record.key()) && "vn.ldld.report.submitted.v1".equals(type)) {
                        events.computeIfAbsent(record.key(), key -> new HashSet<>()).add(header(record, "ce_id"));
                    }
                }
                return events.keySet().containsAll(reports);
            });
            Map<String, Integer> counts = new HashMap<>();
            events.forEach((report, ids) -> counts.put(report, ids.size()));
            assertThat(new ArrayList<>(counts.values())).allSatisfy(count -> assertThat(count).isEqualTo(1));
            return counts;
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
