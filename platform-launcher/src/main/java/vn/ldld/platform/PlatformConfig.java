package vn.ldld.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything the local platform needs to know: where things are and which ports and how many instances
 * to use. Immutable; start from {@link #defaults(Path)} and adjust with the {@code withX} methods.
 *
 * @param repoRoot the repository root, where the service modules are
 * @param stateDir pid files, logs and data (default {@code <repoRoot>/.platform})
 * @param kafkaPorts the client port (SASL listener) of each Kafka broker: one broker, or three in a cluster
 * @param controllerPorts the KRaft controller port of each broker (each is also a controller)
 * @param mongoPort the Mongo wire port
 * @param smtpPort the port of the local SMTP server (GreenMail) the notification service sends e-mail to
 * @param services the services to run (all by default, none for infrastructure only)
 * @param basePorts HTTP port of the first instance, per service name
 * @param managementBasePorts management (actuator) port of the first instance, per service name that has one
 * @param scale number of instances per service name (0 leaves it out)
 * @param serviceJavaOptions JVM options of every service instance
 * @param kafkaJavaOptions JVM options of the Kafka broker
 * @param mongoJavaOptions JVM options of the Mongo server
 * @param serviceEnv extra environment per service name
 * @param startTimeout how long to wait for something to become healthy
 * @param prometheus whether to run a Prometheus server (Debian's {@code prometheus}) scraping every instance
 * @param prometheusPort its HTTP port
 * @param externalMongo a MongoDB the services use instead of the local store: a connection string with
 *        {@code {database}} where each service's database goes, e.g. {@code mongodb://db:27017/{database}?replicaSet=rs0};
 *        {@code null} to run the local store
 * @param externalKafka a Kafka the services use instead of the local brokers (with SASL/SCRAM when it has an admin
 *        user, else PLAINTEXT); {@code null} to run the local brokers
 * @param classDataSharing whether each service starts from a class data sharing archive of its jar, made by a
 *        training run when missing or stale (see {@link ClassDataSharing}); {@code ./platform up} does, tests do not
 */
public record PlatformConfig(Path repoRoot, Path stateDir, List<Integer> kafkaPorts, List<Integer> controllerPorts,
        int mongoPort,
        int smtpPort,
        List<ServiceSpec> services, Map<String, Integer> basePorts, Map<String, Integer> managementBasePorts,
        Map<String, Integer> scale,
        List<String> serviceJavaOptions, List<String> kafkaJavaOptions, List<String> mongoJavaOptions,
        Map<String, Map<String, String>> serviceEnv, Duration startTimeout, boolean prometheus, int prometheusPort,
        String externalMongo, ExternalKafka externalKafka, boolean classDataSharing) {

    /**
     * JVM options of a service unless {@code PLATFORM_JAVA_OPTS} says otherwise. The client compiler only
     * ({@code TieredStopAtLevel=1}): with seven JVMs on a small machine, C2's compilations took a third of a
     * service's CPU through the first minutes of load and slowed everything else; measured on 2 cores, C1 alone
     * starts the platform in half the time and takes report intake from 143 to 270 reports/s (bench/README.md).
     * A small initial heap ({@code -Xms64m}): the JVM's default initial heap is 1/64 of the machine's memory (384 MB
     * on 24 GB, all of {@code -Xmx}), and a service touched all of its young generation while starting; measured
     * alone, a service holds 195 MB after start instead of 290 MB, at the same start time (bench/README.md).
     */
    public static final List<String> DEFAULT_SERVICE_JAVA_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
            "-Xss512k", "-XX:TieredStopAtLevel=1");

    /**
     * Gives the memory that the JVM freed (the compilers' work areas, above all) back to the system every 5 s
     * ({@code TrimNativeHeapInterval}): glibc keeps it otherwise. For the store and Kafka: about 18 MB each after
     * start, measured while both compiled with C2 (the store still does).
     */
    static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=5000";

    /**
     * JVM options of a Kafka node unless {@code PLATFORM_KAFKA_JAVA_OPTS} says otherwise: a small initial heap and the
     * serial collector (was {@code -Xms256m} and G1): measured alone, a broker holds 315 MB after start instead of 360
     * MB and starts on 7.0 s of CPU instead of 7.8. The client compiler only, as the services: after a warm-up of
     * 3,000 reports, C2 was still compiling for a third of the broker's CPU; alternated on fresh platforms, the
     * broker's CPU per report fell by a quarter with C1 alone (bench/README.md).
     */
    static final List<String> KAFKA_JAVA_OPTIONS = List.of("-Xms64m", "-Xmx1g", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", TRIM_NATIVE_HEAP);

    /**
     * JVM options of the local store: C2 (the client compiler alone cost it 15-45 % more CPU per report under load),
     * a small initial heap: 139 MB after a few hundred reports instead of 220 MB, the same CPU per report
     * (bench/README.md). Its indexes live in its heap, about 1 KB per document with the page cache: 1 GB ran out
     * after about 600,000 documents (five 3,000-unit rushes and a 20,000-unit one); 2 GB holds twice that. The heap
     * grows only as the documents do, and each full collection leaves 60-90 % of it free
     * ({@code MinHeapFreeRatio}/{@code MaxHeapFreeRatio}, the JVM's defaults being 40-70 %): the heap then grows in
     * larger steps, each of which the serial collector takes only after a full collection. Measured over a warm-up
     * and a 3,000-unit rush: 4 full collections instead of 8-9, 40 % less time collecting, and 10 % less store CPU
     * per report (bench/README.md). {@code PLATFORM_STORE_JAVA_OPTS} replaces these options.
     */
    static final List<String> MONGO_JAVA_OPTIONS = List.of("-Xms64m", "-Xmx2g", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=60", "-XX:MaxHeapFreeRatio=90", TRIM_NATIVE_HEAP);

    /** How many Kafka brokers the platform can run: one, or a cluster of three (replication factor 3). */
    public static final List<Integer> KAFKA_BROKER_COUNTS = List.of(1, 3);

    public PlatformConfig {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        stateDir = stateDir.toAbsolutePath().normalize();
        kafkaPorts = List.copyOf(kafkaPorts);
        controllerPorts = List.copyOf(controllerPorts);
        if (!KAFKA_BROKER_COUNTS.contains(kafkaPorts.size()) || controllerPorts.size() != kafkaPorts.size()) {
            throw new IllegalArgumentException("Kafka runs as 1 broker or as a cluster of 3, not " + kafkaPorts.size()
                    + " (with " + controllerPorts.size() + " controller ports)");
        }
        services = List.copyOf(services);
        basePorts = Map.copyOf(basePorts);
        managementBasePorts = Map.copyOf(managementBasePorts);
        scale = Map.copyOf(scale);
        serviceJavaOptions = List.copyOf(serviceJavaOptions);
        kafkaJavaOptions = List.copyOf(kafkaJavaOptions);
        mongoJavaOptions = List.copyOf(mongoJavaOptions);
        Map<String, Map<String, String>> env = new LinkedHashMap<>();
        serviceEnv.forEach((name, vars) -> env.put(name, Map.copyOf(vars)));
        serviceEnv = Map.copyOf(env);
    }

    /**
     * The defaults: state in {@code <repoRoot>/.platform}, Kafka 9092/9093, Mongo 27017, every service once
     * on its default port, service JVM options from {@code PLATFORM_JAVA_OPTS} and the store's from
     * {@code PLATFORM_STORE_JAVA_OPTS} if set.
     * @param repoRoot the repository root
     * @return the default configuration
     */
    public static PlatformConfig defaults(Path repoRoot) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        Map<String, Integer> managementPorts = new LinkedHashMap<>();
        Map<String, Integer> scale = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            ports.put(spec.name(), spec.defaultPort());
            if (spec.hasManagementPort()) {
                managementPorts.put(spec.name(), spec.defaultManagementPort());
            }
            scale.put(spec.name(), 1);
        }
        return new PlatformConfig(repoRoot, repoRoot.resolve(".platform"), List.of(9092), List.of(9093), 27017, 3025,
                ServiceSpec.ALL, ports, managementPorts, scale,
                javaOptionsFromEnvironment("PLATFORM_JAVA_OPTS", DEFAULT_SERVICE_JAVA_OPTIONS),
                javaOptionsFromEnvironment("PLATFORM_KAFKA_JAVA_OPTS", KAFKA_JAVA_OPTIONS),
                javaOptionsFromEnvironment("PLATFORM_STORE_JAVA_OPTS", MONGO_JAVA_OPTIONS), Map.of(),
                Duration.ofSeconds(180), false, 9090, null,
                null, false);
    }

    /**
     * @return the defaults for the repository that contains the working directory
     * @see #findRepoRoot(Path)
     */
    public static PlatformConfig defaults() {
        return defaults(findRepoRoot(Path.of("")));
    }

    /**
     * Walks up from {@code start} to the directory that holds {@code platform-launcher/pom.xml}.
     * @param start where to start looking
     * @return the repository root
     * @throws PlatformException if there is none above {@code start}
     */
    public static Path findRepoRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("platform-launcher/pom.xml"))) {
                return dir;
            }
        }
        throw new PlatformException("No repository root (a folder with platform-launcher/pom.xml) above " + start.toAbsolutePath());
    }

    private static List<String> javaOptionsFromEnvironment(String variable, List<String> defaults) {
        String options = System.getenv(variable);
        return (options == null || options.isBlank()) ? defaults : Arrays.asList(options.trim().split("\\s+"));
    }

    public PlatformConfig withStateDir(Path stateDir) {
        return with((b) -> b.stateDir = stateDir);
    }

    /** @return this configuration with the first Kafka broker on {@code kafkaPort}, broker i on that port + 100·i */
    public PlatformConfig withKafkaPort(int kafkaPort) {
        return with((b) -> b.kafkaPorts = spaced(kafkaPort, b.kafkaPorts.size()));
    }

    /** @return this configuration with the first controller on {@code controllerPort}, controller i on that port + 100·i */
    public PlatformConfig withControllerPort(int controllerPort) {
        return with((b) -> b.controllerPorts = spaced(controllerPort, b.controllerPorts.size()));
    }

    /**
     * @param brokers 1, or 3 for a cluster whose topics have replication factor 3 and {@code min.insync.replicas=2};
     * broker i listens on the first broker's ports + 100·i (call {@link #withFreePorts()} after this, not before)
     * @return this configuration with that many Kafka brokers
     */
    public PlatformConfig withKafkaBrokers(int brokers) {
        if (!KAFKA_BROKER_COUNTS.contains(brokers)) {
            throw new IllegalArgumentException("--kafka-brokers takes 1 or 3 (a cluster of three), not " + brokers);
        }
        return with((b) -> {
            b.kafkaPorts = spaced(b.kafkaPorts.get(0), brokers);
            b.controllerPorts = spaced(b.controllerPorts.get(0), brokers);
        });
    }

    private static List<Integer> spaced(int first, int count) {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(first + 100 * i);
        }
        return ports;
    }

    public PlatformConfig withSmtpPort(int smtpPort) {
        return with((b) -> b.smtpPort = smtpPort);
    }

    public PlatformConfig withMongoPort(int mongoPort) {
        return with((b) -> b.mongoPort = mongoPort);
    }

    /** @return this configuration running only {@code services} (e.g. {@code List.of()} for infrastructure only) */
    public PlatformConfig withServices(List<ServiceSpec> services) {
        return with((b) -> b.services = services);
    }

    /** @return this configuration with the first instance of {@code service} on {@code port} */
    public PlatformConfig withBasePort(String service, int port) {
        String name = ServiceSpec.named(service).name();
        return with((b) -> b.basePorts.put(name, port));
    }

    /** @return this configuration with the first instance of {@code service} serving its actuator on {@code port} */
    public PlatformConfig withManagementBasePort(String service, int port) {
        ServiceSpec spec = ServiceSpec.named(service);
        if (!spec.hasManagementPort()) {
            throw new IllegalArgumentException(service + " serves its actuator on its HTTP port");
        }
        return with((b) -> b.managementBasePorts.put(spec.name(), port));
    }

    /** @return this configuration running {@code instances} copies of {@code service} (0 leaves it out) */
    public PlatformConfig withScale(String service, int instances) {
        if (instances < 0) {
            throw new IllegalArgumentException("Scale of " + service + " must not be negative: " + instances);
        }
        String name = ServiceSpec.named(service).name();
        return with((b) -> b.scale.put(name, instances));
    }

    public PlatformConfig withServiceJavaOptions(List<String> options) {
        return with((b) -> b.serviceJavaOptions = options);
    }

    /** @return this configuration giving every instance of {@code service} these extra environment variables */
    public PlatformConfig withServiceEnv(String service, Map<String, String> env) {
        String name = ServiceSpec.named(service).name();
        return with((b) -> b.serviceEnv.put(name, env));
    }

    /** @return this configuration starting each service from a class data sharing archive, or not */
    public PlatformConfig withClassDataSharing(boolean classDataSharing) {
        return with((b) -> b.classDataSharing = classDataSharing);
    }

    public PlatformConfig withStartTimeout(Duration startTimeout) {
        return with((b) -> b.startTimeout = startTimeout);
    }

    /** @return this configuration also running Prometheus (Debian's {@code prometheus} package) scraping every instance */
    public PlatformConfig withPrometheus() {
        return with((b) -> b.prometheus = true);
    }

    public PlatformConfig withPrometheusPort(int prometheusPort) {
        return with((b) -> b.prometheusPort = prometheusPort);
    }

    /**
     * @param connectionString a MongoDB connection string with {@code {database}} where each service's database goes
     * @return this configuration with the services on that MongoDB instead of the local store (which is not started)
     */
    public PlatformConfig withExternalMongo(String connectionString) {
        if (!connectionString.contains("{database}")) {
            throw new IllegalArgumentException("The connection string needs {database} where each service's database goes: "
                    + connectionString);
        }
        return with((b) -> b.externalMongo = connectionString);
    }

    /**
     * @param bootstrapServers a Kafka without authentication, reached in PLAINTEXT
     * @return this configuration with the services on that Kafka instead of the local brokers (not started); they get
     * no Kafka user
     */
    public PlatformConfig withExternalKafka(String bootstrapServers) {
        return with((b) -> b.externalKafka = new ExternalKafka(bootstrapServers, null, null));
    }

    /**
     * @param bootstrapServers a Kafka whose clients sign in with SASL/SCRAM-SHA-512 ({@code SASL_PLAINTEXT})
     * @param adminUser a super user of that Kafka, with which the launcher creates the topics, the platform's Kafka
     *        users and their ACLs
     * @param adminPassword its password
     * @return this configuration with the services on that Kafka instead of the local brokers (not started), each
     * signed in as its own user
     */
    public PlatformConfig withExternalKafka(String bootstrapServers, String adminUser, String adminPassword) {
        return with((b) -> b.externalKafka = new ExternalKafka(bootstrapServers, adminUser, adminPassword));
    }

    /**
     * Picks free ports for every Kafka broker and controller, Mongo, the SMTP server and every service (and its
     * management port), so that a test can run beside a platform on the default ports. Instances beyond the first
     * still use {@code basePort + 100 * i}.
     * @return this configuration on free ports
     */
    public PlatformConfig withFreePorts() {
        int brokers = kafkaBrokers();
        List<ServiceSpec> managed = ServiceSpec.ALL.stream().filter(ServiceSpec::hasManagementPort).toList();
        List<Integer> ports = FreePorts.find(2 * brokers + 3 + ServiceSpec.ALL.size() + managed.size());
        PlatformConfig config = with((b) -> {
            b.kafkaPorts = ports.subList(0, brokers);
            b.controllerPorts = ports.subList(brokers, 2 * brokers);
            b.mongoPort = ports.get(2 * brokers);
            b.smtpPort = ports.get(2 * brokers + 1);
            b.prometheusPort = ports.get(2 * brokers + 2);
        });
        for (int i = 0; i < ServiceSpec.ALL.size(); i++) {
            config = config.withBasePort(ServiceSpec.ALL.get(i).name(), ports.get(2 * brokers + 3 + i));
        }
        for (int i = 0; i < managed.size(); i++) {
            config = config.withManagementBasePort(managed.get(i).name(),
                    ports.get(2 * brokers + 3 + ServiceSpec.ALL.size() + i));
        }
        return config;
    }

    /** @return every instance to run, in start order (the gateway last) */
    public List<ServiceInstance> instances() {
        List<ServiceInstance> instances = new ArrayList<>();
        for (ServiceSpec spec : this.services) {
            int basePort = this.basePorts.getOrDefault(spec.name(), spec.defaultPort());
            int managementBase = this.managementBasePorts.getOrDefault(spec.name(), spec.defaultManagementPort());
            for (int i = 0; i < this.scale.getOrDefault(spec.name(), 1); i++) {
                instances.add(new ServiceInstance(spec, i, basePort + 100 * i,
                        managementBase > 0 ? managementBase + 100 * i : 0));
            }
        }
        instances.sort((a, b) -> Boolean.compare(a.spec().isGateway(), b.spec().isGateway()));
        return instances;
    }

    /** @return the client port of the first Kafka broker */
    public int kafkaPort() {
        return this.kafkaPorts.get(0);
    }

    /** @return the controller port of the first Kafka broker */
    public int controllerPort() {
        return this.controllerPorts.get(0);
    }

    /** @return how many Kafka brokers run: 1, or 3 in a cluster */
    public int kafkaBrokers() {
        return this.kafkaPorts.size();
    }

    /**
     * @return every Kafka broker: one named {@code kafka} (data in {@code data/kafka}), or {@code kafka-1},
     * {@code kafka-2}, {@code kafka-3} (node ids 1 to 3, data in {@code data/kafka-cluster/kafka-<id>}), each broker and
     * KRaft controller in one process
     */
    public List<KafkaNode> kafkaNodes() {
        if (kafkaBrokers() == 1) {
            return List.of(new KafkaNode(KafkaNode.SINGLE, 1, kafkaPort(), controllerPort(), kafkaDataDir()));
        }
        List<KafkaNode> nodes = new ArrayList<>();
        for (int i = 0; i < kafkaBrokers(); i++) {
            String name = KafkaNode.SINGLE + "-" + (i + 1);
            nodes.add(new KafkaNode(name, i + 1, this.kafkaPorts.get(i), this.controllerPorts.get(i),
                    dataDir().resolve("kafka-cluster").resolve(name)));
        }
        return nodes;
    }

    /** @return replicas of every topic: 1 with one broker, 3 in the cluster */
    public int kafkaReplicationFactor() {
        return Math.min(3, kafkaBrokers());
    }

    /** @return the Kafka bootstrap servers, e.g. {@code 127.0.0.1:9092} (every broker, comma-separated) */
    public String kafkaBootstrap() {
        return this.externalKafka != null ? this.externalKafka.bootstrapServers()
                : String.join(",", kafkaNodes().stream().map(KafkaNode::bootstrap).toList());
    }

    /**
     * @return the platform's Kafka users and their passwords (0600, in a 0700 folder), generated on first use: see
     * {@link KafkaUsers}
     */
    public Path kafkaUsersFile() {
        return this.stateDir.resolve("secrets").resolve("kafka-users.properties");
    }

    /** @return the Mongo URI without a database, e.g. {@code mongodb://127.0.0.1:27017} */
    public String mongoUri() {
        return this.externalMongo != null ? this.externalMongo.replace("{database}", "")
                : "mongodb://127.0.0.1:" + this.mongoPort;
    }

    /** @return the Mongo URI of one database, e.g. {@code mongodb://127.0.0.1:27017/report} */
    public String mongoUri(String database) {
        return this.externalMongo != null ? this.externalMongo.replace("{database}", database)
                : mongoUri() + "/" + database;
    }

    /** @return the URL of the Prometheus server when it runs, e.g. {@code http://127.0.0.1:9090} */
    public String prometheusUrl() {
        return "http://127.0.0.1:" + this.prometheusPort;
    }

    public Path prometheusDir() {
        return this.stateDir.resolve("prometheus");
    }

    public Path logsDir() {
        return this.stateDir.resolve("logs");
    }

    public Path pidsDir() {
        return this.stateDir.resolve("pids");
    }

    /** @return the data that survives {@code down} and {@code up}: {@code kafka/} and {@code mongo/} */
    public Path dataDir() {
        return this.stateDir.resolve("data");
    }

    /** @return the data of the single broker (a cluster's brokers keep theirs in {@code data/kafka-cluster/}) */
    public Path kafkaDataDir() {
        return dataDir().resolve("kafka");
    }

    /** @return where the local SMTP server writes every message it receives, one {@code .eml} file each */
    /**
     * @return the issuer every token names and every service trusts: the identity service's first instance, by
     * the name {@code localhost} (so the same URL works from a browser and from the services)
     */
    public String issuerUri() {
        return "http://localhost:" + this.basePorts.getOrDefault("identity-service", 9000);
    }

    /** @return where users reach the API: the gateway's first instance, e.g. {@code http://localhost:8080} */
    public String gatewayUrl() {
        return "http://localhost:" + this.basePorts.getOrDefault("gateway", 8080);
    }

    /** @return where the identity service keeps its signing key, so tokens stay valid across restarts */
    public Path identityKeyFile() {
        return dataDir().resolve("identity").resolve("signing-key.json");
    }

    /**
     * @return the key ring of the notification service's secrets at rest (created by the service, owner-only, on its
     *         first start), kept with the data so the stored webhook secrets stay readable across restarts
     */
    public Path notificationSecretKeyFile() {
        return dataDir().resolve("notification").resolve("secret-keys");
    }

    public Path mailDir() {
        return dataDir().resolve("mail");
    }

    public Path mongoDataFile() {
        return dataDir().resolve("mongo").resolve("mongo.mv");
    }

    private PlatformConfig with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** A mutable copy, so that each {@code withX} method changes one thing. */
    private static final class Copy {

        Path repoRoot;
        Path stateDir;
        List<Integer> kafkaPorts;
        List<Integer> controllerPorts;
        int mongoPort;
        int smtpPort;
        List<ServiceSpec> services;
        Map<String, Integer> basePorts;
        Map<String, Integer> managementBasePorts;
        Map<String, Integer> scale;
        List<String> serviceJavaOptions;
        List<String> kafkaJavaOptions;
        List<String> mongoJavaOptions;
        Map<String, Map<String, String>> serviceEnv;
        Duration startTimeout;
        boolean prometheus;
        int prometheusPort;
        String externalMongo;
        ExternalKafka externalKafka;
        boolean classDataSharing;

        Copy(PlatformConfig c) {
            this.repoRoot = c.repoRoot;
            this.stateDir = c.stateDir;
            this.kafkaPorts = c.kafkaPorts;
            this.controllerPorts = c.controllerPorts;
            this.mongoPort = c.mongoPort;
            this.smtpPort = c.smtpPort;
            this.services = c.services;
            this.basePorts = new LinkedHashMap<>(c.basePorts);
            this.managementBasePorts = new LinkedHashMap<>(c.managementBasePorts);
            this.scale = new LinkedHashMap<>(c.scale);
            this.serviceJavaOptions = c.serviceJavaOptions;
            this.kafkaJavaOptions = c.kafkaJavaOptions;
            this.mongoJavaOptions = c.mongoJavaOptions;
            this.serviceEnv = new LinkedHashMap<>(c.serviceEnv);
            this.startTimeout = c.startTimeout;
            this.prometheus = c.prometheus;
            this.prometheusPort = c.prometheusPort;
            this.externalMongo = c.externalMongo;
            this.externalKafka = c.externalKafka;
            this.classDataSharing = c.classDataSharing;
        }

        PlatformConfig build() {
            return new PlatformConfig(this.repoRoot, this.stateDir, this.kafkaPorts, this.controllerPorts,
                    this.mongoPort, this.smtpPort, this.services, this.basePorts, this.managementBasePorts, this.scale,
                    this.serviceJavaOptions,
                    this.kafkaJavaOptions, this.mongoJavaOptions, this.serviceEnv, this.startTimeout, this.prometheus,
                    this.prometheusPort, this.externalMongo, this.externalKafka, this.classDataSharing);
        }

    }

}
