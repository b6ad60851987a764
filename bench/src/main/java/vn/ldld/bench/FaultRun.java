package vn.ldld.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.ldld.platform.KafkaUsers;
import vn.ldld.platform.LocalPlatform;
import vn.ldld.platform.PlatformConfig;

/**
 * The fault run: starts a local platform of its own on free ports ({@link LocalPlatform}); for each fault in turn, a
 * deadline rush through its gateway, the fault injected mid-rush ({@code kill -9} of a process), a restart of what
 * is not running, and the checks once everything has caught up. Prints a row per fault (accepted, stored, events, analytics, reminders, loss, duplicates, dead letters, time to
 * recover) and exits 1 if any check failed, 0 if none did.
 */
public final class FaultRun {

    private static final String FORMAT = "%-21s %6s %8s %6s %6s %9s %9s %4s %4s %4s %9s %11s%n";

    private FaultRun() {
    }

    public static void main(String[] args) throws Exception {
        FaultOptions options = Flags.parseOrExit(args, FaultOptions::parse, FaultOptions.usage());
        PrintStream out = System.out;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        PlatformConfig config = PlatformConfig.defaults(options.repo()).withStateDir(options.stateDir())
                .withKafkaBrokers(options.kafkaBrokers()).withFreePorts();
        Files.createDirectories(config.logsDir());
        Path platformLog = config.logsDir().resolve("faults-platform.log");
        LocalPlatform platform = new LocalPlatform(config, new PrintStream(Files.newOutputStream(platformLog,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true, StandardCharsets.UTF_8))
                .stopAllOnJvmExit();
        out.printf("fault run: %s; %d broker(s); %d units per plan, %.0f%% silent, %d in flight, fault after %.0f%% "
                        + "acknowledged%n", options.faults().stream().map(Fault::name).toList(), options.kafkaBrokers(),
                options.units(), options.silentShare() * 100, options.concurrency(), options.killAfter() * 100);
        out.printf("starting the platform on free ports, state in %s (its output: %s)%n", config.stateDir(),
                platformLog);
        String gatewayUrl = platform.up().gatewayUrl();
        KafkaClients kafka = new KafkaClients(platform.kafkaClientConfig(KafkaUsers.BENCH));
        LocalProcesses processes = new LocalProcesses(platform, kafka);
        long lag = ConsumerLag.awaitCaughtUp(kafka, Duration.ofMinutes(3));
        out.printf("platform up at %s%s%n", gatewayUrl, lag > 0 ? "; consumers still " + lag + " events behind"
                : " and caught up");
        Login login = new Login(config.issuerUri(), options.login().account(), options.login().password());
        Endpoint gateway = new Endpoint(gatewayUrl, login.token());
        FaultCycle cycle = new FaultCycle(options, kafka, http, gateway, processes, out);

        List<FaultRow> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Instant start = Instant.now();
        for (Fault fault : options.faults()) {
            try {
                FaultRow row = cycle.run(fault);
                rows.add(row);
                out.printf("%s: %s; answers %s%n", fault.name(), row.ok() ? "ok" : String.join("; ", row.problems()),
                        row.answers());
            } catch (Exception e) {
                failures.add(fault.name() + ": " + e);
                out.printf("%s: FAILED %s%n", fault.name(), e);
                try {
                    processes.up();
                } catch (RuntimeException again) {
                    out.printf("restarting the platform after the failure: %s%n", again);
                }
            }
        }

        out.printf("%nfault run done in %d min%n", Duration.between(start, Instant.now()).toMinutes());
        out.printf(FORMAT, "fault", "sent", "accepted", "stored", "events", "analytics", "reminders", "loss", "dup",
                "DLT", "restart s", "recovered s");
        for (FaultRow row : rows) {
            out.printf(FORMAT, row.fault(), row.answers().requests(), row.accepted(), row.stored(), row.events(),
                    row.analyticsSubmitted() + (row.analyticsAgree() ? " =" : " ≠"),
                    row.remindedOnce() + "/" + row.silent() + (row.remindersWrong() > 0 ? " +" + row.remindersWrong()
                            : ""), row.loss(), row.duplicates(), row.deadLetters(), row.restart().toSeconds(),
                    row.recovery() == null ? "–" : Long.toString(row.recovery().toSeconds()));
        }
        failures.forEach(failure -> out.println("FAILED " + failure));
        boolean ok = failures.isEmpty() && rows.stream().allMatch(FaultRow::ok);
        out.println(ok ? "no loss, no duplicates, every check held"
                : "CHECKS FAILED: " + rows.stream().filter(row -> !row.ok())
                        .map(row -> row.fault() + " (" + String.join("; ", row.problems()) + ")").toList());
        // stopAllOnJvmExit stops the platform
        System.exit(ok ? 0 : 1);
    }
}
