package vn.ldld.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import vn.ldld.platform.store.MongoServerMain;

/** How to start each process of a {@link PlatformConfig}: command lines, environments, fingerprints. */
final class Launches {

    /** The names of the processes besides the Kafka nodes and the services: their logs and pid files. */
    static final String MONGO = "mongo";

    static final String MAIL = "mail";

    static final String PROMETHEUS = "prometheus";

    private static final String LOGBACK_CONFIG = "-Dlogback.configurationFile=platform-logback.xml";
    /**
     * glibc's malloc gives each thread that allocates natively an arena of its own, up to 8 per core, each holding
     * on to what it freed; two arenas are enough for a JVM (the heap is the JVM's own, not malloc's).
     */
    private static final String MALLOC_ARENAS = "MALLOC_ARENA_MAX";

    private static final String MALLOC_ARENA_MAX = "2";

    /**
     * The local mail server takes a few e-mails a second at most: a small heap to start with, and the client compiler
     * alone, as the services have (about 15 MB less than the JVM's defaults).
     */
    private static final List<String> MAIL_JAVA_OPTIONS = List.of("-Xms16m", "-Xmx128m", "-XX:+UseSerialGC", "-Xss512k",
            "-XX:TieredStopAtLevel=1");

    private final PlatformConfig config;

    Launches(PlatformConfig config) {
        this.config = config;
    }

    Launch mongo() {
        List<String> args = List.of("--port", Integer.toString(this.config.mongoPort()), "--data-file",
                this.config.mongoDataFile().toString());
        return new Launch(MONGO, List.of(this.config.mongoPort()), MongoServerMain.class.getName(),
                javaCommand(this.config.mongoJavaOptions(), MongoServerMain.class, args), classpathEnv(),
                String.join(" ", args), Instant.EPOCH);
    }

    /** One launch per Kafka node; the users file (the admin password) is written first, the brokers read it. */
    List<Launch> kafka() {
        KafkaUsers.of(this.config);
        List<KafkaNode> nodes = this.config.kafkaNodes();
        String voters = KafkaNode.quorumVoters(nodes);
        return nodes.stream().map((node) -> {
            List<String> args = List.of("--data-dir", node.dataDir().toString(), "--node-id",
                    Integer.toString(node.nodeId()), "--port", Integer.toString(node.port()), "--controller-port",
                    Integer.toString(node.controllerPort()), "--quorum-voters", voters, "--replication-factor",
                    Integer.toString(this.config.kafkaReplicationFactor()), "--users-file",
                    this.config.kafkaUsersFile().toString());
            return new Launch(node.name(), List.of(node.port(), node.controllerPort()), KafkaBrokerMain.class.getName(),
                    javaCommand(this.config.kafkaJavaOptions(), KafkaBrokerMain.class, args), classpathEnv(),
                    String.join(" ", args), Instant.EPOCH);
        }).toList();
    }

    Launch mail() {
        List<String> args = List.of("--port", Integer.toString(this.config.smtpPort()), "--mail-dir",
                this.config.mailDir().toString());
        return new Launch(MAIL, List.of(this.config.smtpPort()), MailServerMain.class.getName(),
                javaCommand(MAIL_JAVA_OPTIONS, MailServerMain.class, args), classpathEnv(), String.join(" ", args),
                Instant.EPOCH);
    }

    /** Prometheus scraping every configured instance (see {@link PrometheusServer}); not a JVM. */
    Launch prometheus() {
        List<String> command = PrometheusServer.command(this.config);
        String configFile = this.config.prometheusDir().resolve("prometheus.yml").toString();
        return new Launch(PROMETHEUS, List.of(this.config.prometheusPort()), configFile, command, Map.of(),
                Integer.toHexString(Objects.hash(command, PrometheusServer.configuration(this.config))), Instant.EPOCH);
    }

    private static List<String> javaCommand(List<String> javaOptions, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Processes.java());
        command.add(processMarker(main.getName()));
        command.addAll(javaOptions);
        command.add(LOGBACK_CONFIG);
        command.add(main.getName());
        command.addAll(args);
        return command;
    }

    /**
     * Names the process near the start of its command line: Linux shows only the first 4 KB of it, which a
     * long classpath would fill.
     */
    private static String processMarker(String marker) {
        return "-Dvn.ldld.platform.process=" + marker;
    }

    /** The classpath goes in the environment, so that the command line stays short and readable in ps. */
    private static Map<String, String> classpathEnv() {
        return Map.of("CLASSPATH", Classpath.current(), MALLOC_ARENAS, MALLOC_ARENA_MAX);
    }

    /** One launch per configured instance; every missing jar is reported at once, before anything starts. */
    List<Launch> services() {
        Map<ServiceSpec, Optional<Path>> jars = new LinkedHashMap<>();
        this.config.instances().forEach((instance) ->
                jars.computeIfAbsent(instance.spec(), (spec) -> spec.findJar(this.config.repoRoot())));
        List<ServiceSpec> missing = jars.keySet().stream().filter((spec) -> jars.get(spec).isEmpty()).toList();
        if (!missing.isEmpty()) {
            StringBuilder message = new StringBuilder("Service jars missing in " + this.config.repoRoot() + ":\n");
            missing.forEach((spec) -> message.append("  ").append(spec.name()).append(": ").append(spec.module())
                .append("/target/").append(spec.module()).append("-*-exec.jar\n"));
            message.append("Build them with: mvn -B -q -DskipTests package (one module: mvn -B -q -DskipTests -pl ")
                .append(missing.get(0).module()).append(" -am package)");
            throw new PlatformException(message.toString());
        }
        return this.config.instances().stream()
            .map((instance) -> serviceLaunch(instance, jars.get(instance.spec()).orElseThrow()))
            .toList();
    }

    /**
     * The class data sharing archives to make before the services start: one per service of the configuration whose
     * archive is missing or stale, with the environment of its first instance. None unless the configuration asks
     * for class data sharing.
     */
    Map<String, ArchiveTraining> missingArchives() {
        Map<String, ArchiveTraining> missing = new LinkedHashMap<>();
        if (!this.config.classDataSharing()) {
            return missing;
        }
        for (ServiceInstance instance : this.config.instances()) {
            ServiceSpec spec = instance.spec();
            Optional<Path> jar = spec.findJar(this.config.repoRoot());
            if (missing.containsKey(spec.name()) || jar.isEmpty()) {
                continue;
            }
            ClassDataSharing cds = new ClassDataSharing(jar.get(), this.config.serviceJavaOptions());
            if (!cds.ready()) {
                missing.put(spec.name(), new ArchiveTraining(cds, serviceEnv(instance)));
            }
        }
        return missing;
    }

    /** A service's archive to make, and the environment its training run needs. */
    record ArchiveTraining(ClassDataSharing cds, Map<String, String> env) {
    }

    private Launch serviceLaunch(ServiceInstance instance, Path jar) {
        Map<String, String> env = serviceEnv(instance);
        List<Integer> ports = new ArrayList<>(List.of(instance.port()));
        if (instance.managementPort() > 0) {
            ports.add(instance.managementPort());
        }
        List<String> command = new ArrayList<>();
        command.add(Processes.java());
        command.add(processMarker(jar.getFileName().toString()));
        command.addAll(this.config.serviceJavaOptions());
        ClassDataSharing cds = new ClassDataSharing(jar, this.config.serviceJavaOptions());
        if (this.config.classDataSharing() && cds.ready()) {
            command.addAll(cds.runOptions());
            command.add("-jar");
            command.add(cds.extractedJar().toString());
        }
        else {
            command.add("-jar");
            command.add(jar.toString());
        }
        String fingerprint = Integer.toHexString(Objects.hash(command, env));
        return new Launch(instance.name(), ports, jar.getFileName().toString(), command, env,
                fingerprint, lastModified(jar));
    }

    private Map<String, String> serviceEnv(ServiceInstance instance) {
        Map<String, String> env = new TreeMap<>();
        env.put(MALLOC_ARENAS, MALLOC_ARENA_MAX);
        env.put("SERVER_PORT", Integer.toString(instance.port()));
        if (instance.managementPort() > 0) {
            env.put("MANAGEMENT_PORT", Integer.toString(instance.managementPort()));
            env.put("PUBLIC_BASE_URL", this.config.gatewayUrl());
        }
        if (KafkaAccess.SERVICES.containsKey(instance.spec().name())) {
            env.put("KAFKA_BOOTSTRAP_SERVERS", this.config.kafkaBootstrap());
            ExternalKafka external = this.config.externalKafka();
            if (external == null || external.sasl()) {
                env.putAll(KafkaUsers.of(this.config).serviceEnv(instance.spec().name()));
            }
        }
        env.put("MONGODB_URI", this.config.mongoUri(instance.spec().database()));
        env.put("INSTANCE_ID", instance.instanceId());
        if (instance.spec().isGateway()) {
            env.putAll(backendUrls());
        }
        if (instance.spec().isIdentity()) {
            env.put("ISSUER_URI", this.config.issuerUri());
            env.put("IDENTITY_KEY_FILE", this.config.identityKeyFile().toString());
            env.putAll(consoleClient());
        }
        else {
            env.put("SECURITY_ISSUER_URI", this.config.issuerUri());
            env.put("SECURITY_JWK_SET_URI", this.config.issuerUri() + "/oauth2/jwks");
        }
        if (instance.spec().name().equals("notification-service")) {
            env.putAll(mailSettings());
            env.put("NOTIFICATION_SECRET_KEY_FILE", this.config.notificationSecretKeyFile().toString());
        }
        env.putAll(this.config.serviceEnv().getOrDefault(instance.spec().name(), Map.of()));
        return env;
    }

    private static Instant lastModified(Path jar) {
        try {
            return Files.getLastModifiedTime(jar).toInstant();
        }
        catch (IOException ex) {
            return Instant.EPOCH;
        }
    }

    /**
     * The local SMTP server, a mail domain for the units without preferences, reminders also minutes before a
     * deadline (a demo plan due in a few minutes is reminded) and no quiet hours (a demo in the evening shows mail).
     */
    private Map<String, String> mailSettings() {
        return Map.of("MAIL_HOST", "127.0.0.1", "MAIL_PORT", Integer.toString(this.config.smtpPort()),
                "NOTIFICATION_DEFAULT_EMAIL_DOMAIN", "ldld.local", "NOTIFICATION_CADENCE_BEFORE", "3d,1d,5m,2m",
                "NOTIFICATION_QUIET_HOURS", "false");
    }

    /**
     * The web console signs in through the gateway: the identity service sends browsers back to the gateway's port
     * (by the name {@code localhost}, as the gateway's URL is printed, and by {@code 127.0.0.1}).
     */
    private Map<String, String> consoleClient() {
        int gateway = this.config.basePorts().getOrDefault("gateway", 8080);
        String callback = "/login/oauth2/code/campaign-web";
        return Map.of("CAMPAIGN_WEB_REDIRECT_URIS", "http://localhost:" + gateway + callback + ",http://127.0.0.1:"
                        + gateway + callback + ",http://localhost:5173" + callback,
                "CAMPAIGN_WEB_POST_LOGOUT_REDIRECT_URIS", "http://localhost:" + gateway + "/,http://127.0.0.1:" + gateway
                        + "/,http://localhost:5173/");
    }

    /** {@code PLAN_SERVICE_URLS=http://127.0.0.1:8081,...} for every backend service the gateway routes to. */
    private Map<String, String> backendUrls() {
        Map<String, String> urls = new TreeMap<>();
        for (ServiceInstance instance : this.config.instances()) {
            if (!instance.spec().isGateway() && !instance.spec().isIdentity()) {
                String variable = instance.spec().name().toUpperCase(Locale.ROOT).replace('-', '_') + "_URLS";
                urls.merge(variable, instance.url(), (a, b) -> a + "," + b);
            }
        }
        return urls;
    }

}
