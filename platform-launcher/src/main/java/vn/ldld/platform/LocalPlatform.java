package vn.ldld.platform;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import static vn.ldld.platform.Launches.MAIL;
import static vn.ldld.platform.Launches.MONGO;
import static vn.ldld.platform.Launches.PROMETHEUS;

/**
 * Starts, inspects and stops the local platform: a Mongo server, a Kafka broker and every service instance,
 * each its own OS process that outlives the caller. What runs is recorded in pid files below the state
 * directory, so that another {@code LocalPlatform} on the same configuration (a later command) finds it.
 * <p>
 * Idempotent: a process whose pid file names a live process of ours is left alone (unless it was started
 * with other settings, then it is restarted); {@link #stopAll()} stops only processes named in pid files,
 * and only if their command line shows they are ours.
 * <p>
 * In a test, beside a platform that may run on the default ports:
 * <pre>{@code
 * PlatformConfig config = PlatformConfig.defaults(PlatformConfig.findRepoRoot(Path.of("")))
 *     .withStateDir(tempDir)       // own pids, logs and data
 *     .withFreePorts();            // Kafka, controller, Mongo and every service
 * LocalPlatform platform = new LocalPlatform(config).stopAllOnJvmExit();
 * PlatformSummary summary = platform.up();   // or startInfrastructure(), then startServices()
 * // summary.gatewayUrl(), config.kafkaBootstrap(), config.mongoUri("report") ...
 * platform.stopAll();
 * }</pre>
 */
public final class LocalPlatform {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private static final int TAIL_LINES = 30;

    private final PlatformConfig config;

    private final PrintStream out;

    private final Launches launches;

    /** @param config what to run where; progress goes to {@code System.out} */
    public LocalPlatform(PlatformConfig config) {
        this(config, System.out);
    }

    /**
     * @param config what to run where
     * @param out where progress messages go
     */
    public LocalPlatform(PlatformConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        this.launches = new Launches(config);
    }

    public PlatformConfig config() {
        return this.config;
    }

    /**
     * Makes sure nothing outlives the calling JVM (a test run), even if it ends without calling
     * {@link #stopAll()}: registers a shutdown hook that calls it. Use it with a state directory of its own,
     * since it stops everything recorded there.
     * @return this platform
     */
    public LocalPlatform stopAllOnJvmExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "local-platform-stop"));
        return this;
    }

    /**
     * Starts whatever is not running yet: infrastructure, topics, then every service instance, and waits until
     * all are healthy. Checks that every service jar exists before starting anything.
     * @return where to reach it all
     * @throws PlatformException if a jar is missing, a port is taken, or something does not become healthy
     * within the start timeout (the message includes the end of its log)
     */
    public PlatformSummary up() {
        Instant start = Instant.now();
        this.launches.services();
        startInfrastructure();
        startServices();
        if (this.config.prometheus()) {
            startPrometheus();
        }
        this.out.printf(Locale.ROOT, "Local platform is up (%.1f s)%n", seconds(start));
        return summary();
    }

    /**
     * Starts Mongo, the Kafka brokers and the local SMTP server unless they run, waits until Mongo answers a ping,
     * each broker describes its cluster and the SMTP port accepts connections, creates the topics (see
     * {@link Topics}), and gives the Kafka users their credentials and ACLs (see {@link KafkaAccess}). Brokers of
     * another size of cluster (one broker after three, or the reverse) are stopped first; their data is kept. An
     * existing MongoDB or Kafka of the configuration ({@link PlatformConfig#withExternalMongo(String)},
     * {@link PlatformConfig#withExternalKafka(String, String, String)}) is used instead of starting one.
     * Makes the state directory its owner's only first: folders {@code 0700}, files {@code 0600}, also those an
     * earlier version left readable to others.
     * @throws PlatformException if a port is taken or something does not become healthy
     */
    public void startInfrastructure() {
        PrivateFiles.createFolders(this.config.stateDir());
        PrivateFiles.restrictTree(this.config.stateDir());
        List<Running> started = new ArrayList<>();
        if (this.config.externalMongo() == null) {
            started.add(ensureRunning(this.launches.mongo()));
        }
        if (this.config.externalKafka() == null) {
            List<Launch> brokers = this.launches.kafka();
            Set<String> wanted = brokers.stream().map(Launch::name).collect(Collectors.toSet());
            stop(PidFile.readAll(this.config.pidsDir())
                .stream()
                .filter((pidFile) -> KafkaNode.isBroker(pidFile.name()) && !wanted.contains(pidFile.name()))
                .toList());
            brokers.forEach((broker) -> started.add(ensureRunning(broker)));
        }
        started.add(ensureRunning(this.launches.mail()));
        awaitHealthy(started);
        ExternalKafka external = this.config.externalKafka();
        if (external != null) {
            prepareExternalKafka(external);
            return;
        }
        KafkaUsers users = KafkaUsers.of(this.config);
        try (Admin admin = Admin.create(users.clientConfig(KafkaUsers.ADMIN))) {
            Topics.create(admin, this.config.kafkaReplicationFactor());
            KafkaAccess.apply(admin, users);
        }
        for (KafkaNode node : this.config.kafkaNodes()) {
            Map<String, Object> onThisNode = new LinkedHashMap<>(users.clientConfig(KafkaUsers.ADMIN));
            onThisNode.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, node.bootstrap());
            try (Admin admin = Admin.create(onThisNode)) {
                KafkaAccess.awaitVisible(admin, users);
            }
        }
        this.out.printf("Topics ready (replication factor %d): %s%n", this.config.kafkaReplicationFactor(),
                String.join(", ", Topics.ALL));
        this.out.println("Kafka users ready: " + String.join(", ", users.names()) + " (passwords in "
                + this.config.kafkaUsersFile() + ")");
    }

    /**
     * On a Kafka the launcher did not start: creates the topics and, when it is reached with SASL, gives every Kafka
     * user of this state directory (but {@code admin}, the brokers' own) the password of its users file, which may
     * replace one another platform gave it there, and its ACLs.
     */
    private void prepareExternalKafka(ExternalKafka external) {
        try (Admin admin = Admin.create(external.adminClientConfig())) {
            Topics.create(admin, this.config.kafkaReplicationFactor());
            this.out.printf("Topics ready on %s (replication factor %d): %s%n", external.bootstrapServers(),
                    this.config.kafkaReplicationFactor(), String.join(", ", Topics.ALL));
            if (external.sasl()) {
                KafkaUsers users = KafkaUsers.of(this.config);
                List<String> names = users.names().stream().filter((user) -> !user.equals(KafkaUsers.ADMIN)).toList();
                KafkaAccess.apply(admin, users, names, true);
                this.out.println("Kafka users ready: " + String.join(", ", names) + " (passwords in "
                        + this.config.kafkaUsersFile() + ")");
            }
        }
    }

    /**
     * Starts every configured service instance that does not run yet, stops running instances the configuration
     * no longer has (e.g. after scaling down), and waits until all answer their health check. Needs the
     * infrastructure: see {@link #startInfrastructure()}.
     * @throws PlatformException if a jar is missing, a port is taken, or an instance does not become healthy
     */
    public void startServices() {
        prepareArchives();
        startServices(this.launches.services());
    }

    /**
     * Makes the class data sharing archive of every service that should start from one and has none for its jar (see
     * {@link ClassDataSharing}): the training runs run side by side and take about as long as a start. A service with
     * an instance running keeps running from what it runs; its archive is made on the next start. A training run
     * that fails (its log in {@code <logs>/<service>-cds.log}) leaves the service to start from its jar.
     */
    private void prepareArchives() {
        Map<String, Launches.ArchiveTraining> missing = this.launches.missingArchives();
        missing.keySet().removeIf(this::anyInstanceRunning);
        if (missing.isEmpty()) {
            return;
        }
        Instant start = Instant.now();
        this.out.println("Class data sharing archives to make (once per build of a jar): "
                + String.join(", ", missing.keySet()));
        Map<String, ClassDataSharing.Training> trainings = new LinkedHashMap<>();
        missing.forEach((name, training) -> trainings.put(name, training.cds()
            .start(this.config.serviceJavaOptions(), training.env(), logFile(name + "-cds"))));
        trainings.forEach((name, training) -> {
            boolean ready = training.await();
            this.out.printf(Locale.ROOT, "%-22s %s after %.1f s%n", name, ready ? "archive made"
                    : "no archive (starts from its jar; see " + training.log() + ")", seconds(start));
        });
    }

    private boolean anyInstanceRunning(String service) {
        return this.config.instances().stream()
            .filter((instance) -> instance.spec().name().equals(service))
            .anyMatch((instance) -> PidFile.read(this.config.pidsDir(), instance.name())
                .flatMap(PidFile::process)
                .isPresent());
    }

    /** @return whether Prometheus can be run here: {@code $PROMETHEUS}, or {@code prometheus} on the PATH */
    public static boolean prometheusInstalled() {
        return PrometheusServer.binary().isPresent();
    }

    /**
     * Starts Prometheus (Debian's {@code prometheus}) scraping every configured instance, or restarts it when the
     * instances changed, and waits until it is ready.
     * @throws PlatformException if prometheus is not installed or does not become ready
     */
    public void startPrometheus() {
        awaitHealthy(List.of(ensureRunning(this.launches.prometheus())));
        this.out.println("Prometheus: " + this.config.prometheusUrl() + " (alert rules: deploy/prometheus/alerts.yml)");
    }

    /** Same as {@link #stopAll()}. */
    public void down() {
        stopAll();
    }

    /**
     * Stops every process named in a pid file: the gateway first, then the other services, then Kafka, Mongo
     * last. Each gets SIGTERM and 20 s before it is killed. Removes the pid files; keeps logs and data.
     */
    public void stopAll() {
        List<PidFile> all = PidFile.readAll(this.config.pidsDir());
        if (all.isEmpty()) {
            this.out.println("Nothing to stop: no pid files in " + this.config.pidsDir());
            return;
        }
        Map<Integer, List<PidFile>> byRank = new TreeMap<>(
                all.stream().collect(Collectors.groupingBy((pidFile) -> stopRank(pidFile.name()))));
        byRank.values().forEach(this::stop);
    }

    /**
     * @return every known process: the Kafka brokers (those running, else the configured ones), Mongo, the configured
     * instances and any other with a pid file
     */
    public List<StatusRow> status() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        List<PidFile> brokers = runningBrokers();
        if (brokers.isEmpty() && this.config.externalKafka() == null) {
            this.config.kafkaNodes().forEach((node) -> ports.put(node.name(), node.port()));
        }
        brokers.forEach((pidFile) -> ports.put(pidFile.name(), pidFile.port()));
        if (this.config.externalMongo() == null) {
            ports.put(MONGO, this.config.mongoPort());
        }
        ports.put(MAIL, this.config.smtpPort());
        if (this.config.prometheus()) {
            ports.put(PROMETHEUS, this.config.prometheusPort());
        }
        this.config.instances().forEach((instance) -> ports.put(instance.name(), instance.port()));
        PidFile.readAll(this.config.pidsDir()).forEach((pidFile) -> ports.putIfAbsent(pidFile.name(), pidFile.port()));
        List<StatusRow> rows = new ArrayList<>();
        ports.forEach((name, defaultPort) -> rows.add(statusOf(name, defaultPort)));
        return rows;
    }

    /**
     * @return the bootstrap servers of the Kafka brokers that run (a cluster of three started with
     * {@code --kafka-brokers 3} while this configuration has one), else of the configured ones
     */
    public String kafkaBootstrap() {
        List<PidFile> brokers = runningBrokers();
        return brokers.isEmpty() ? this.config.kafkaBootstrap()
                : brokers.stream().map((pidFile) -> "127.0.0.1:" + pidFile.port()).collect(Collectors.joining(","));
    }

    /**
     * @param user a Kafka user of this platform, e.g. {@code provincial-hub} or {@code admin}
     * @return the settings of a Java client signed in as {@code user} to the brokers that run
     */
    public Map<String, Object> kafkaClientConfig(String user) {
        ExternalKafka external = this.config.externalKafka();
        if (external != null && (!external.sasl() || user.equals(KafkaUsers.ADMIN))) {
            return external.adminClientConfig();
        }
        Map<String, Object> config = new LinkedHashMap<>(KafkaUsers.of(this.config).clientConfig(user));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap());
        return config;
    }

    /** @return whether a Kafka broker of this platform runs */
    public boolean kafkaRunning() {
        return !runningBrokers().isEmpty();
    }

    private List<PidFile> runningBrokers() {
        return PidFile.readAll(this.config.pidsDir())
            .stream()
            .filter((pidFile) -> KafkaNode.isBroker(pidFile.name()) && pidFile.process().isPresent())
            .sorted(java.util.Comparator.comparing(PidFile::name))
            .toList();
    }

    /** @return where the configured platform is reached (whether or not it runs) */
    public PlatformSummary summary() {
        String gatewayUrl = null;
        Map<String, List<String>> serviceUrls = new LinkedHashMap<>();
        for (ServiceInstance instance : this.config.instances()) {
            String url = "http://localhost:" + instance.port();
            if (instance.spec().isGateway()) {
                gatewayUrl = (gatewayUrl != null) ? gatewayUrl : url;
            }
            else {
                serviceUrls.computeIfAbsent(instance.spec().name(), (name) -> new ArrayList<>()).add(url);
            }
        }
        return new PlatformSummary(gatewayUrl, serviceUrls, this.config.kafkaBootstrap(), this.config.mongoUri(),
                this.config.logsDir(), this.config.dataDir());
    }

    /**
     * @param name e.g. {@code kafka}, {@code mongo}, {@code report-service}, {@code report-service-1}
     * @return its log file (which may not exist yet)
     */
    public Path logFile(String name) {
        return this.config.logsDir().resolve(name + ".log");
    }

    private void startServices(List<Launch> launches) {
        Set<String> wanted = launches.stream().map(Launch::name).collect(Collectors.toCollection(LinkedHashSet::new));
        if (this.config.prometheus()) {
            wanted.add(PROMETHEUS);
        }
        stop(PidFile.readAll(this.config.pidsDir())
            .stream()
            .filter((pidFile) -> stopRank(pidFile.name()) < stopRank(KafkaNode.SINGLE) && !wanted.contains(pidFile.name()))
            .toList());
        awaitHealthy(launches.stream().map(this::ensureRunning).toList());
    }

    private Running ensureRunning(Launch launch) {
        Optional<PidFile> recorded = PidFile.read(this.config.pidsDir(), launch.name());
        if (recorded.isPresent() && recorded.get().process().isPresent()) {
            PidFile pidFile = recorded.get();
            if (pidFile.fingerprint().equals(launch.fingerprint())) {
                this.out.printf("%-22s already running (pid %d, port %d)%s%n", launch.name(), pidFile.pid(),
                        pidFile.port(), startedBefore(pidFile, launch.builtAt())
                                ? "; its jar was built since: down and up to run the new build" : "");
                return new Running(launch, pidFile.pid(), Instant.now());
            }
            this.out.printf("%-22s runs with other settings, restarting it%n", launch.name());
            stop(List.of(pidFile));
        }
        PidFile.delete(this.config.pidsDir(), launch.name());
        for (int port : launch.ports()) {
            if (Probes.portOpen(port)) {
                throw new PlatformException("Port " + port + " needed by " + launch.name()
                        + " is in use by a process this platform did not start (no pid file in " + this.config.pidsDir()
                        + "). Stop that process or configure another port.");
            }
        }
        long pid = Processes.startDetached(launch.command(), launch.env(), this.config.repoRoot(), logFile(launch.name()));
        launch.pidFile(pid).write(this.config.pidsDir());
        this.out.printf("%-22s started (pid %d, port %d), log %s%n", launch.name(), pid, launch.port(),
                logFile(launch.name()));
        return new Running(launch, pid, Instant.now());
    }

    private static boolean startedBefore(PidFile pidFile, Instant instant) {
        return pidFile.process()
            .flatMap((process) -> process.info().startInstant())
            .map((started) -> started.isBefore(instant))
            .orElse(false);
    }

    private void awaitHealthy(List<Running> started) {
        Instant deadline = Instant.now().plus(this.config.startTimeout());
        Set<Running> pending = new LinkedHashSet<>(started);
        while (true) {
            for (Iterator<Running> it = pending.iterator(); it.hasNext();) {
                Running running = it.next();
                String name = running.launch().name();
                if (healthy(name, running.launch().port())) {
                    it.remove();
                    this.out.printf(Locale.ROOT, "%-22s UP after %.1f s%n", name, seconds(running.since()));
                }
                else if (!ProcessHandle.of(running.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                    PidFile.delete(this.config.pidsDir(), name);
                    throw new PlatformException(name + " (pid " + running.pid() + ") exited before it became healthy.\n"
                            + LogTail.excerpt(logFile(name), TAIL_LINES));
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new PlatformException(notHealthyMessage(pending));
            }
            pause();
        }
    }

    private String notHealthyMessage(Set<Running> pending) {
        StringBuilder message = new StringBuilder("Not healthy after " + this.config.startTimeout().toSeconds() + " s: ");
        message.append(pending.stream().map((running) -> running.launch().name()).collect(Collectors.joining(", ")));
        message.append(" (still running; stop them with down)\n");
        pending.forEach((running) -> message.append(LogTail.excerpt(logFile(running.launch().name()), TAIL_LINES)));
        return message.toString();
    }

    private boolean healthy(String name, int port) {
        if (KafkaNode.isBroker(name)) {
            return Probes.kafkaUp(port, KafkaUsers.of(this.config).clientConfig(KafkaUsers.ADMIN));
        }
        return switch (name) {
            case MONGO -> Probes.portOpen(port) && Probes.mongoUp("mongodb://127.0.0.1:" + port);
            case MAIL -> Probes.portOpen(port);
            case PROMETHEUS -> Probes.answers200("http://127.0.0.1:" + port + "/-/ready");
            default -> Probes.healthUp("http://127.0.0.1:" + port + healthPath(name));
        };
    }

    private static String healthPath(String instanceName) {
        return ServiceSpec.ALL.stream()
            .filter((spec) -> instanceName.equals(spec.name()) || instanceName.startsWith(spec.name() + "-"))
            .map(ServiceSpec::healthPath)
            .findFirst()
            .orElse("/actuator/health");
    }

    private StatusRow statusOf(String name, int defaultPort) {
        Optional<PidFile> pidFile = PidFile.read(this.config.pidsDir(), name);
        int port = pidFile.map(PidFile::port).orElse(defaultPort);
        boolean alive = pidFile.flatMap(PidFile::process).isPresent();
        String health = alive ? (healthy(name, port) ? "UP" : "DOWN") : "—";
        return new StatusRow(name, pidFile.map(PidFile::pid).orElse(null), port, alive, health);
    }

    private void stop(List<PidFile> pidFiles) {
        if (pidFiles.isEmpty()) {
            return;
        }
        Instant start = Instant.now();
        for (PidFile pidFile : pidFiles) {
            String state = pidFile.process().isPresent() ? "stopping" : "not running (or not ours), forgetting it";
            this.out.printf("%-22s pid %d: %s%n", pidFile.name(), pidFile.pid(), state);
        }
        List<String> killed = Processes.stop(pidFiles, STOP_GRACE);
        killed.forEach((name) -> this.out.printf("%-22s killed: did not stop within %d s%n", name, STOP_GRACE.toSeconds()));
        pidFiles.forEach((pidFile) -> PidFile.delete(this.config.pidsDir(), pidFile.name()));
        this.out.printf(Locale.ROOT, "Stopped %s in %.1f s%n",
                pidFiles.stream().map(PidFile::name).collect(Collectors.joining(", ")), seconds(start));
    }

    /**
     * Prometheus and the gateway first (they call the others), then services, then Kafka's brokers and the SMTP
     * server, Mongo last.
     */
    private static int stopRank(String name) {
        if (name.equals(PROMETHEUS)) {
            return 0;
        }
        if (KafkaNode.isBroker(name) || name.equals(MAIL)) {
            return 2;
        }
        if (name.equals(MONGO)) {
            return 3;
        }
        return name.startsWith("gateway") ? 0 : 1;
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while waiting for the platform", ex);
        }
    }

    /** A process we started or found running, and since when we wait for it. */
    private record Running(Launch launch, long pid, Instant since) {
    }

}
