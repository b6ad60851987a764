package vn.ldld.platform;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Runs the real thing: Mongo and Kafka as child processes on free ports in a temporary state directory,
 * and {@link FakeService} jars in place of the services. The tests build on each other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformTests {

    private Path repoRoot;

    private PlatformConfig config;

    private LocalPlatform platform;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeAll
    void startInfrastructure(@TempDir Path repoRoot) {
        this.repoRoot = repoRoot;
        this.config = PlatformConfig.defaults(this.repoRoot).withServices(List.of()).withFreePorts();
        this.platform = new LocalPlatform(this.config, new PrintStream(this.output, true, StandardCharsets.UTF_8));
        this.platform.startInfrastructure();
    }

    @AfterAll
    void stopAll() {
        this.platform.stopAll();
        System.out.println(this.output.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void theMailServerKeepsEachReceivedMessageOnceAsAFile() throws Exception {
        ServerSetup smtp = new ServerSetup(this.config.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        // interleaved mailboxes: the server lists messages mailbox by mailbox, not in arrival order
        GreenMailUtil.sendTextEmail("ldld-gd@ldld.local", "he-thong@ldld.local", "Nhắc hạn báo cáo", "1", smtp);
        GreenMailUtil.sendTextEmail("ldld-tb@ldld.local", "he-thong@ldld.local", "Nhắc hạn báo cáo", "2", smtp);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailFiles().size() == 2);
        // now listed before the message to ldld-tb, though it came after it
        GreenMailUtil.sendTextEmail("ldld-gd@ldld.local", "he-thong@ldld.local", "Quá hạn báo cáo", "3", smtp);

        await().atMost(Duration.ofSeconds(20)).until(() -> mailFiles().size() == 3);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mailFiles().size() == 3);
        assertThat(mailFiles()).filteredOn((name) -> name.endsWith("ldld-gd@ldld.local.eml")).hasSize(2);
    }

    private List<String> mailFiles() throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(this.config.mailDir())) {
            return files.map((file) -> file.getFileName().toString()).filter((name) -> name.endsWith(".eml")).toList();
        }
    }

    @Test
    @Order(1)
    void createsTheTopicsAndARecordCanBeConsumedBack() throws Exception {
        try (Admin admin = Admin.create(this.platform.kafkaClientConfig(KafkaUsers.ADMIN))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames().get(10, TimeUnit.SECONDS);
            assertThat(topics).containsOnlyKeys("plan-events", "report-events", "notification-events",
                    "plan-events-dlt", "report-events-dlt", "notification-events-dlt");
            assertThat(topics.values()).allSatisfy((topic) -> assertThat(topic.partitions()).hasSize(6));
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                this.platform.kafkaClientConfig("report-service"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("report-events", "report-1", "submitted")).get(10, TimeUnit.SECONDS);
        }
        Map<String, Object> hub = new HashMap<>(this.platform.kafkaClientConfig(KafkaUsers.PROVINCIAL_HUB));
        hub.put(ConsumerConfig.GROUP_ID_CONFIG, "provincial-hub.platform-tests");
        hub.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(hub, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("report-events"));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return !received.isEmpty();
            });
            assertThat(received).singleElement().satisfies((record) -> {
                assertThat(record.key()).isEqualTo("report-1");
                assertThat(record.value()).isEqualTo("submitted");
            });
        }
    }

    @Test
    @Order(2)
    void theStateIsItsOwnersOnlyAndTheServersListenOnLoopbackOnly() throws Exception {
        try (MongoClient client = MongoClients.create(this.config.mongoUri())) {
            reports(client).insertOne(new Document("_id", "r-0").append("unit", "LĐLĐ huyện A"));
        }
        // what an earlier version left readable to everybody
        Path export = this.config.dataDir().resolve("exports").resolve("tong-hop.csv");
        Files.createDirectories(export.getParent(), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(export, "LDLD-GD;6");
        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString("rw-r--r--"));

        this.platform.startInfrastructure();

        List<String> others = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(this.config.stateDir())) {
            for (Path path : all.toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
                String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                files += Files.isRegularFile(path) ? 1 : 0;
                if (!PosixFilePermissions.toString(permissions).equals(expected)) {
                    others.add(this.config.stateDir().relativize(path) + " " + PosixFilePermissions.toString(permissions));
                }
            }
        }
        assertThat(others).isEmpty();
        assertThat(files).isGreaterThan(10);
        assertThat(this.config.mongoDataFile()).exists();
        assertThat(this.config.mailDir()).isNotEmptyDirectory();
        assertThat(this.config.kafkaDataDir()).isNotEmptyDirectory();
        for (int port : List.of(this.config.mongoPort(), this.config.kafkaPort(), this.config.smtpPort())) {
            assertThat(listeningAddresses(port)).isNotEmpty().allSatisfy((address) -> assertThat(address)
                .isIn("0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000"));
        }
    }

    /** The local addresses of the sockets listening on {@code port}, as Linux shows them in /proc/net/tcp(6). */
    private static List<String> listeningAddresses(int port) throws java.io.IOException {
        List<String> addresses = new ArrayList<>();
        String portHex = String.format("%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if (local[1].equals(portHex) && fields[3].equals("0A")) {
                    addresses.add(local[0]);
                }
            }
        }
        return addresses;
    }

    @Test
    @Order(2)
    void startingAgainLeavesTheRunningBrokerAndServerAlone() {
        Map<String, Long> before = pids();

        this.platform.startInfrastructure();

        assertThat(pids()).isEqualTo(before).containsOnlyKeys("kafka", "mongo", "mail");
        long brokers = ProcessHandle.allProcesses()
            .map((process) -> process.info().commandLine().orElse(""))
            .filter((commandLine) -> commandLine.contains(KafkaBrokerMain.class.getName())
                    && commandLine.contains(this.config.kafkaDataDir().toString()))
            .count();
        assertThat(brokers).isOne();
    }

    @Test
    @Order(3)
    void upStartsEveryServiceInstanceWithItsSettings() throws Exception {
        FakeServiceJars.writeAll(this.repoRoot);
        LocalPlatform withServices = withServices(this.config.withScale("report-service", 2));

        PlatformSummary summary = withServices.up();

        int reportPort = this.config.basePorts().get("report-service");
        assertThat(summary.serviceUrls().get("report-service"))
            .containsExactly("http://localhost:" + reportPort, "http://localhost:" + (reportPort + 100));
        Map<String, String> secondReport = environmentOf(reportPort + 100);
        assertThat(secondReport).containsEntry("SERVER_PORT", Integer.toString(reportPort + 100))
            .containsEntry("MANAGEMENT_PORT",
                    Integer.toString(this.config.managementBasePorts().get("report-service") + 100))
            .containsEntry("PUBLIC_BASE_URL", "http://localhost:" + this.config.basePorts().get("gateway"))
            .containsEntry("INSTANCE_ID", "report-service-1")
            .containsEntry("MONGODB_URI", this.config.mongoUri() + "/report")
            .containsEntry("KAFKA_BOOTSTRAP_SERVERS", this.config.kafkaBootstrap())
            .containsEntry("KAFKA_USERNAME", "report-service")
            .containsEntry("KAFKA_PASSWORD", KafkaUsers.of(this.config).password("report-service"));
        assertThat(environmentOf(this.config.basePorts().get("gateway"))).containsEntry("REPORT_SERVICE_URLS",
                "http://127.0.0.1:" + reportPort + ",http://127.0.0.1:" + (reportPort + 100))
            .containsEntry("PLAN_SERVICE_URLS", "http://127.0.0.1:" + this.config.basePorts().get("plan-service"));
        assertThat(environmentOf(this.config.basePorts().get("notification-service")))
            .containsEntry("MAIL_HOST", "127.0.0.1").containsEntry("MAIL_PORT", Integer.toString(this.config.smtpPort()))
            .containsEntry("NOTIFICATION_SECRET_KEY_FILE", this.config.notificationSecretKeyFile().toString());
        String issuer = "http://localhost:" + this.config.basePorts().get("identity-service");
        int gatewayPort = this.config.basePorts().get("gateway");
        assertThat(environmentOf(this.config.basePorts().get("identity-service"))).containsEntry("ISSUER_URI", issuer)
            .containsEntry("IDENTITY_KEY_FILE", this.config.identityKeyFile().toString())
            // the console's browsers come back to the gateway's own port after signing in and out
            .containsEntry("CAMPAIGN_WEB_REDIRECT_URIS", "http://localhost:" + gatewayPort
                + "/login/oauth2/code/campaign-web,http://127.0.0.1:" + gatewayPort
                + "/login/oauth2/code/campaign-web,http://localhost:5173/login/oauth2/code/campaign-web")
            .containsEntry("CAMPAIGN_WEB_POST_LOGOUT_REDIRECT_URIS", "http://localhost:" + gatewayPort
                + "/,http://127.0.0.1:" + gatewayPort + "/,http://localhost:5173/");
        assertThat(secondReport).containsEntry("SECURITY_ISSUER_URI", issuer)
            .containsEntry("SECURITY_JWK_SET_URI", issuer + "/oauth2/jwks");
        assertThat(environmentOf(this.config.basePorts().get("gateway"))).containsEntry("SECURITY_ISSUER_URI", issuer)
            .doesNotContainKey("IDENTITY_SERVICE_URLS")
            .doesNotContainKeys("KAFKA_BOOTSTRAP_SERVERS", "KAFKA_USERNAME", "KAFKA_PASSWORD");
        assertThat(withServices.status()).hasSize(10).allSatisfy((row) -> assertThat(row.health()).isEqualTo("UP"));
    }

    @Test
    @Order(4)
    void scalingDownStopsTheSurplusInstanceAndRestartsTheGatewayWithTheNewUrls() throws Exception {
        Map<String, Long> before = pids();
        Path planJar = ServiceSpec.named("plan-service").requireJar(this.repoRoot);
        Files.setLastModifiedTime(planJar, FileTime.from(Instant.now()));

        withServices(this.config).up();

        Map<String, Long> after = pids();
        assertThat(after).doesNotContainKey("report-service-1");
        assertThat(ProcessHandle.of(before.get("report-service-1"))).isEmpty();
        assertThat(after.get("gateway")).isNotEqualTo(before.get("gateway"));
        assertThat(after.get("plan-service")).isEqualTo(before.get("plan-service"));
        assertThat(this.output.toString(StandardCharsets.UTF_8)).containsPattern(
                "plan-service +already running \\(pid \\d+, port \\d+\\); its jar was built since");
        int reportPort = this.config.basePorts().get("report-service");
        assertThat(environmentOf(this.config.basePorts().get("gateway"))).containsEntry("REPORT_SERVICE_URLS",
                "http://127.0.0.1:" + reportPort);
    }

    @Test
    @Order(5)
    void mongoDataAndKafkaTopicsSurviveDownAndUp() throws Exception {
        try (MongoClient client = MongoClients.create(this.config.mongoUri())) {
            reports(client).insertOne(new Document("_id", "r-1").append("unit", "LĐLĐ huyện A"));
        }

        this.platform.stopAll();
        this.platform.startInfrastructure();

        try (MongoClient client = MongoClients.create(this.config.mongoUri())) {
            assertThat(reports(client).find(new Document("_id", "r-1")).first()).containsEntry("unit", "LĐLĐ huyện A");
        }
        try (Admin admin = Admin.create(this.platform.kafkaClientConfig(KafkaUsers.ADMIN))) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).containsAll(Topics.ALL);
        }
    }

    @Test
    @Order(6)
    void downLeavesNoProcessAlive() {
        withServices(this.config).startServices();
        List<Long> started = List.copyOf(pids().values());
        assertThat(started).hasSize(9);

        this.platform.stopAll();

        assertThat(started).allSatisfy((pid) -> assertThat(ProcessHandle.of(pid)).isEmpty());
        assertThat(pids()).isEmpty();
    }

    @Test
    @Order(5)
    void onAnExistingMongoDbAndKafkaItStartsNeitherAndSignsTheServicesInWithTheirOwnKafkaUsers(@TempDir Path otherState)
            throws Exception {
        FakeServiceJars.writeAll(this.repoRoot);
        PlatformConfig external = onThisPlatformsMongoDbAndKafka(PlatformConfig.defaults(this.repoRoot)
            .withStateDir(otherState).withFreePorts().withServices(List.of(ServiceSpec.named("plan-service"))), "?w=majority");
        // an outside system this Kafka has never seen: the launcher gives it its credential and ACLs there
        KafkaUsers users = KafkaUsers.of(external).withOutsideSystem("county-archive");
        LocalPlatform platform = new LocalPlatform(external, new PrintStream(this.output, true, StandardCharsets.UTF_8));
        try {
            platform.up();

            List<String> started = PidFile.readAll(external.pidsDir()).stream().map(PidFile::name).toList();
            assertThat(started).containsExactlyInAnyOrder("mail", "plan-service");
            assertThat(platform.status()).extracting(StatusRow::name).doesNotContain("kafka", "mongo");
            assertThat(environmentOf(external.basePorts().get("plan-service")))
                .containsEntry("MONGODB_URI", this.config.mongoUri() + "/plan?w=majority")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", this.config.kafkaBootstrap())
                .containsEntry("KAFKA_USERNAME", "plan-service")
                .containsEntry("KAFKA_PASSWORD", users.password("plan-service"));
            Map<String, Object> archive = new HashMap<>(platform.kafkaClientConfig("county-archive"));
            archive.put(ConsumerConfig.GROUP_ID_CONFIG, "county-archive.reader");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(archive, new StringDeserializer(),
                    new StringDeserializer())) {
                assertThat(consumer.partitionsFor("report-events")).hasSize(Topics.PARTITIONS);
                assertThatThrownBy(() -> consumer.partitionsFor("report-events-dlt"))
                    .isInstanceOf(TopicAuthorizationException.class);
            }
        }
        finally {
            platform.stopAll();
        }
    }

    /**
     * {@code config} on this test's MongoDB and Kafka as on ones it did not start: Kafka signed in to as its admin, with
     * this platform's users file (the same passwords: the services of this platform keep theirs).
     */
    private PlatformConfig onThisPlatformsMongoDbAndKafka(PlatformConfig config, String mongoOptions) throws Exception {
        Files.createDirectories(config.kafkaUsersFile().getParent());
        Files.copy(this.config.kafkaUsersFile(), config.kafkaUsersFile());
        return config.withExternalMongo(this.config.mongoUri() + "/{database}" + mongoOptions)
            .withExternalKafka(this.config.kafkaBootstrap(), KafkaUsers.ADMIN,
                    KafkaUsers.of(this.config).password(KafkaUsers.ADMIN));
    }

    @Test
    @Order(5)
    void withPrometheusItScrapesEveryInstance(@TempDir Path otherState) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(LocalPlatform.prometheusInstalled(),
                "prometheus is not installed (apt-get install prometheus): --with-prometheus is not tried");
        FakeServiceJars.writeAll(this.repoRoot);
        PlatformConfig withPrometheus = onThisPlatformsMongoDbAndKafka(PlatformConfig.defaults(this.repoRoot)
            .withStateDir(otherState).withFreePorts()
            .withServices(List.of(ServiceSpec.named("plan-service"), ServiceSpec.named("report-service")))
            .withScale("report-service", 2), "")
            .withPrometheus();
        LocalPlatform platform = new LocalPlatform(withPrometheus, new PrintStream(this.output, true, StandardCharsets.UTF_8));
        try {
            platform.up();

            assertThat(platform.status()).filteredOn((row) -> row.name().equals("prometheus"))
                .singleElement().satisfies((row) -> assertThat(row.health()).isEqualTo("UP"));
            await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
                String targets = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(withPrometheus.prometheusUrl() + "/api/v1/targets")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                List<String> scraped = withPrometheus.instances().stream()
                    .map((instance) -> "127.0.0.1:" + instance.managementPort()).toList();
                assertThat(scraped).hasSize(3);
                assertThat(targets).contains(scraped).contains("\"platform\":\"campaign-reporting\"");
            });
        }
        finally {
            platform.stopAll();
        }
        assertThat(PidFile.readAll(withPrometheus.pidsDir())).isEmpty();
    }

    private LocalPlatform withServices(PlatformConfig config) {
        return new LocalPlatform(config.withServices(ServiceSpec.ALL), new PrintStream(this.output, true, StandardCharsets.UTF_8));
    }

    private Map<String, Long> pids() {
        Map<String, Long> pids = new TreeMap<>();
        PidFile.readAll(this.config.pidsDir()).forEach((pidFile) -> pids.put(pidFile.name(), pidFile.pid()));
        return pids;
    }

    private static MongoCollection<Document> reports(MongoClient client) {
        return client.getDatabase("report").getCollection("reports");
    }

    private static Map<String, String> environmentOf(int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/env")).build(),
                    HttpResponse.BodyHandlers.ofString());
        Map<String, String> env = new TreeMap<>();
        for (String line : response.body().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return env;
    }

}
