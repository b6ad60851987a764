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
 * @param kafkaPort the Kafka client port (PLAINTEXT listener)
 * @param controllerPort the KRaft controller port
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
 */
public record PlatformConfig(Path repoRoot, Path stateDir, int kafkaPort, int controllerPort, int mongoPort,
        int smtpPort,
        List<ServiceSpec> services, Map<String, Integer> basePorts, Map<String, Integer> managementBasePorts,
        Map<String, Integer> scale,
        List<String> serviceJavaOptions, List<String> kafkaJavaOptions, List<String> mongoJavaOptions,
        Map<String, Map<String, String>> serviceEnv, Duration startTimeout) {

    /**
     * JVM options of a service unless {@code PLATFORM_JAVA_OPTS} says otherwise. The client compiler only
     * ({@code TieredStopAtLevel=1}): with seven JVMs on a small machine, C2's compilations took a third of a
     * service's CPU through the first minutes of load and slowed everything else; measured on 2 cores, C1 alone
     * starts the platform in half the time and takes report intake from 143 to 270 reports/s (bench/README.md).
     */
    public static final List<String> DEFAULT_SERVICE_JAVA_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-Xss512k",
            "-XX:TieredStopAtLevel=1");

    public PlatformConfig {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        stateDir = stateDir.toAbsolutePath().normalize();
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
     * on its default port, service JVM options from {@code PLATFORM_JAVA_OPTS} if set.
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
        return new PlatformConfig(repoRoot, repoRoot.resolve(".platform"), 9092, 9093, 27017, 3025, ServiceSpec.ALL, ports,
                managementPorts, scale, serviceJavaOptionsFromEnvironment(), List.of("-Xms256m", "-Xmx1g", "-XX:+UseG1GC"),
                List.of("-Xmx1g", "-XX:+UseSerialGC"), Map.of(), Duration.ofSeconds(180));
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

    private static List<String> serviceJavaOptionsFromEnvironment() {
        String options = System.getenv("PLATFORM_JAVA_OPTS");
        return (options == null || options.isBlank()) ? DEFAULT_SERVICE_JAVA_OPTIONS
                : Arrays.asList(options.trim().split("\\s+"));
    }

    public PlatformConfig withStateDir(Path stateDir) {
        return with((b) -> b.stateDir = stateDir);
    }

    public PlatformConfig withKafkaPort(int kafkaPort) {
        return with((b) -> b.kafkaPort = kafkaPort);
    }

    public PlatformConfig withControllerPort(int controllerPort) {
        return with((b) -> b.controllerPort = controllerPort);
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

    public PlatformConfig withStartTimeout(Duration startTimeout) {
        return with((b) -> b.startTimeout = startTimeout);
    }

    /**
     * Picks free ports for Kafka, its controller, Mongo, the SMTP server and every service (and its management port),
     * so that a test can run beside a platform on the default ports. Instances beyond the first still use
     * {@code basePort + 100 * i}.
     * @return this configuration on free ports
     */
    public PlatformConfig withFreePorts() {
        List<ServiceSpec> managed = ServiceSpec.ALL.stream().filter(ServiceSpec::hasManagementPort).toList();
        List<Integer> ports = FreePorts.find(4 + ServiceSpec.ALL.size() + managed.size());
        PlatformConfig config = withKafkaPort(ports.get(0)).withControllerPort(ports.get(1)).withMongoPort(ports.get(2))
            .withSmtpPort(ports.get(3));
        for (int i = 0; i < ServiceSpec.ALL.size(); i++) {
            config = config.withBasePort(ServiceSpec.ALL.get(i).name(), ports.get(4 + i));
        }
        for (int i = 0; i < managed.size(); i++) {
            config = config.withManagementBasePort(managed.get(i).name(), ports.get(4 + ServiceSpec.ALL.size() + i));
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

    /** @return the Kafka bootstrap servers, e.g. {@code 127.0.0.1:9092} */
    public String kafkaBootstrap() {
        return "127.0.0.1:" + this.kafkaPort;
    }

    /** @return the Mongo URI without a database, e.g. {@code mongodb://127.0.0.1:27017} */
    public String mongoUri() {
        return "mongodb://127.0.0.1:" + this.mongoPort;
    }

    /** @return the Mongo URI of one database, e.g. {@code mongodb://127.0.0.1:27017/report} */
    public String mongoUri(String database) {
        return mongoUri() + "/" + database;
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
        int kafkaPort;
        int controllerPort;
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

        Copy(PlatformConfig c) {
            this.repoRoot = c.repoRoot;
            this.stateDir = c.stateDir;
            this.kafkaPort = c.kafkaPort;
            this.controllerPort = c.controllerPort;
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
        }

        PlatformConfig build() {
            return new PlatformConfig(this.repoRoot, this.stateDir, this.kafkaPort, this.controllerPort,
                    this.mongoPort, this.smtpPort, this.services, this.basePorts, this.managementBasePorts, this.scale,
                    this.serviceJavaOptions,
                    this.kafkaJavaOptions, this.mongoJavaOptions, this.serviceEnv, this.startTimeout);
        }

    }

}
