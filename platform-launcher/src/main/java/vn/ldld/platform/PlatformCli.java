package vn.ldld.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import vn.ldld.client.CampaignDemo;
import vn.ldld.client.ClientException;
import vn.ldld.client.Tokens;

/**
 * The {@code ./platform} command: {@code up [--scale <service>=<n>]... [--kafka-brokers 1|3]}, {@code down},
 * {@code status}, {@code logs <name>}, {@code demo}, {@code token}, {@code kafka-user}. Exits 0 on success, 1 on
 * failure, 2 on a usage error.
 */
public final class PlatformCli {

    private static final String USAGE = """
            Usage: ./platform <command>
              up [--scale <service>=<n>]... [--kafka-brokers 1|3] [--with-prometheus]
                                              start Kafka, Mongo and every service (n instances of a service;
                                              instance i > 0 listens on its port + 100 * i); --kafka-brokers 3:
                                              a cluster of three (kafka-1..3 on 9092, 9192, 9292), topics with
                                              replication factor 3 and min.insync.replicas 2; with Prometheus
                                              (apt-get install prometheus) scraping them on port 9090
              check-dashboard                 run every query of the Grafana dashboard against that Prometheus
                                              and say which return no data
              down                            stop everything this platform started
              status                          list the processes, their pids, ports and health
              logs <name>                     show where a log is and its end (kafka, mongo, report-service, ...)
              demo [--minutes <n>]            run a live campaign through the gateway: a plan due in n minutes
                                              (default 3), units submitting, the live summary, the exports
              token <account> [<password>]    print an access token from the identity service: a demo account
                                              (staff, viewer, ldld-tb, cdn-gd, ...; password demo) by the
                                              platform-cli client with PKCE, or the machine client provincial-hub
                                              (client credentials, secret PROVINCIAL_HUB_SECRET or hub-secret)
              kafka-user list                 the Kafka users (SASL/SCRAM-SHA-512) and what each may do
              kafka-user show <user>          a user's credentials and a kcat command that reads with them
              kafka-user add <system>         an outside system: a new Kafka user that reads plan-events,
                                              report-events, notification-events in consumer groups <system>.*
              kafka-user remove <system>      takes an outside system's credentials and ACLs away
            Services: plan-service, report-service, notification-service, analytics-service, gateway
            Service JVM options: PLATFORM_JAVA_OPTS (default: -Xms64m -Xmx384m -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1)
            Store JVM options: PLATFORM_STORE_JAVA_OPTS (default: -Xms64m -Xmx2g -XX:+UseSerialGC -XX:MinHeapFreeRatio=60
                                              -XX:MaxHeapFreeRatio=90 -XX:TrimNativeHeapInterval=5000)
            Kafka JVM options: PLATFORM_KAFKA_JAVA_OPTS (default: -Xms64m -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1
                                              -XX:TrimNativeHeapInterval=5000)
            Class data sharing: each service starts from an archive of its jar (<module>/target/cds/, made by a
                                              training run on the first up after a build); PLATFORM_CDS=false: none""";

    private PlatformCli() {
    }

    public static void main(String[] args) {
        // set before anything logs: keep the Kafka and Mongo clients' chatter out of the terminal
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "platform-cli-logback.xml");
        }
        System.exit(run(args));
    }

    static int run(String... args) {
        if (args.length == 0) {
            System.err.println(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "up" -> up(withUpFlags(PlatformConfig.defaults()
                    .withClassDataSharing(!"false".equalsIgnoreCase(System.getenv("PLATFORM_CDS"))), rest));
                case "check-dashboard" -> checkDashboard(PlatformConfig.defaults());
                case "down" -> down(PlatformConfig.defaults());
                case "status" -> status(PlatformConfig.defaults());
                case "logs" -> logs(PlatformConfig.defaults(), rest);
                case "demo" -> demo(PlatformConfig.defaults(), rest);
                case "token" -> token(PlatformConfig.defaults(), rest);
                case "kafka-user" -> kafkaUser(PlatformConfig.defaults(), rest);
                case "help", "-h", "--help" -> usage(0);
                default -> usage(2);
            };
        }
        catch (IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            return usage(2);
        }
        catch (PlatformException | ClientException ex) {
            System.err.println(ex.getMessage());
            return 1;
        }
    }

    private static int up(PlatformConfig config) {
        System.out.println(new LocalPlatform(config).up().render());
        return 0;
    }

    private static int checkDashboard(PlatformConfig config) {
        java.util.List<DashboardCheck.Outcome> outcomes = new DashboardCheck(config.prometheusUrl())
            .run(config.repoRoot().resolve("deploy/grafana/campaign-reporting.json"));
        outcomes.forEach(System.out::println);
        long empty = outcomes.stream().filter((outcome) -> !outcome.hasData()).count();
        System.out.printf("%d queries, %d with data, %d empty%n", outcomes.size(), outcomes.size() - empty, empty);
        return empty == 0 ? 0 : 1;
    }

    private static int down(PlatformConfig config) {
        new LocalPlatform(config).stopAll();
        return 0;
    }

    private static int status(PlatformConfig config) {
        System.out.print(StatusRow.table(new LocalPlatform(config).status()));
        return 0;
    }

    private static int logs(PlatformConfig config, List<String> args) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("logs needs exactly one name, e.g. logs report-service");
        }
        Path log = new LocalPlatform(config).logFile(args.get(0));
        if (!Files.isRegularFile(log)) {
            System.err.println("No log " + log + ". Logs: " + String.join(", ", logNames(log.getParent())));
            return 1;
        }
        System.out.println(LogTail.excerpt(log, 50));
        return 0;
    }

    /** Runs a live campaign through the gateway: {@code demo [--minutes N]} (deadline N minutes ahead, default 3). */
    private static int demo(PlatformConfig config, List<String> args) {
        int minutes = 3;
        if (args.size() == 2 && args.get(0).equals("--minutes") && args.get(1).matches("[1-9]\\d?")) {
            minutes = Integer.parseInt(args.get(1));
        }
        else if (!args.isEmpty()) {
            throw new IllegalArgumentException("demo takes --minutes <1-99>, the time until the phase's deadline");
        }
        String gateway = "http://localhost:" + config.basePorts().getOrDefault("gateway", 8080);
        try {
            return new CampaignDemo(gateway, new Tokens(java.net.URI.create(config.issuerUri())), config.repoRoot(), java.time.Duration.ofMinutes(minutes), System.out).run();
        }
        catch (IOException ex) {
            throw new ClientException("The demo could not reach the platform at " + gateway + " (is it up?): " + ex, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Prints an access token for a demo account or the machine client: {@code token <account> [<password>]}. */
    private static int token(PlatformConfig config, List<String> args) {
        if (args.isEmpty() || args.size() > 2) {
            throw new IllegalArgumentException("token needs an account, e.g. token staff (or token ldld-tb)");
        }
        Tokens tokens = new Tokens(java.net.URI.create(config.issuerUri()));
        System.out.println(args.size() == 2 ? tokens.login(args.get(0), args.get(1)) : tokens.of(args.get(0)));
        return 0;
    }

    /** {@code kafka-user list | show <user> | add <system> | remove <system>}: see {@link KafkaUserCommand}. */
    private static int kafkaUser(PlatformConfig config, List<String> args) {
        return new KafkaUserCommand(new LocalPlatform(config), System.out).run(args);
    }

    private static List<String> logNames(Path logsDir) {
        try (Stream<Path> logs = Files.list(logsDir)) {
            return logs.map((log) -> log.getFileName().toString())
                .filter((name) -> name.endsWith(".log"))
                .map((name) -> name.substring(0, name.length() - ".log".length()))
                .sorted()
                .toList();
        }
        catch (IOException ex) {
            return List.of("none yet");
        }
    }

    /**
     * Applies {@code --scale svc=N} (or {@code --scale=svc=N}), repeatable, {@code --kafka-brokers 1|3} and
     * {@code --with-prometheus}.
     */
    static PlatformConfig withUpFlags(PlatformConfig config, List<String> args) {
        PlatformConfig scaled = config;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.equals("--with-prometheus")) {
                scaled = scaled.withPrometheus();
                continue;
            }
            if (!flag.equals("--scale") && !flag.equals("--kafka-brokers")) {
                throw new IllegalArgumentException("Unexpected argument for up: " + arg);
            }
            else if (arg.contains("=")) {
                value = arg.substring(flag.length() + 1);
            }
            else if (i + 1 < args.size()) {
                value = args.get(++i);
            }
            else {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            if (flag.equals("--kafka-brokers")) {
                if (!value.matches("\\d")) {
                    throw new IllegalArgumentException("--kafka-brokers takes 1 or 3, not " + value);
                }
                scaled = scaled.withKafkaBrokers(Integer.parseInt(value));
                continue;
            }
            String[] serviceAndCount = value.split("=", 2);
            if (serviceAndCount.length != 2 || !serviceAndCount[1].matches("\\d+")) {
                throw new IllegalArgumentException("--scale wants <service>=<instances>, e.g. report-service=2, not " + value);
            }
            scaled = scaled.withScale(serviceAndCount[0], Integer.parseInt(serviceAndCount[1]));
        }
        return scaled;
    }

    private static int usage(int exitCode) {
        (exitCode == 0 ? System.out : System.err).println(USAGE);
        return exitCode;
    }

}
