package vn.ldld.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.ldld.platform.PlatformConfig;

/**
 * Command-line options of the fault run, each {@code --name=value} or {@code --name value}.
 *
 * @param faults the faults to inject, one rush each, in this order
 * @param units must-report units of each rush's plan
 * @param silentShare share of the units that never submit (they must each get their reminder once)
 * @param concurrency submissions in flight at once
 * @param killAfter share of the submitting units acknowledged when the fault is injected
 * @param repo the repository, whose built jars the platform runs
 * @param stateDir the platform's pids, logs and data (kept across runs)
 * @param kafkaBrokers 1, or 3 for a three-broker cluster
 * @param login whose token the requests carry (its issuer is the platform's identity service)
 */
record FaultOptions(List<Fault> faults, int units, double silentShare, int concurrency, double killAfter, Path repo,
                    Path stateDir, int kafkaBrokers, Login login) {

    static FaultOptions parse(String[] args) {
        String faults = null;
        int units = 300;
        double silentShare = 0.15;
        int concurrency = 16;
        double killAfter = 0.4;
        Path repo = PlatformConfig.findRepoRoot(Path.of(""));
        Path stateDir = null;
        int kafkaBrokers = 1;
        Login login = Login.DEFAULT;
        for (Map.Entry<String, String> flag : Flags.parse(args).entrySet()) {
            String name = flag.getKey();
            String value = flag.getValue();
            switch (name) {
                case "--faults" -> faults = value;
                case "--units" -> units = Integer.parseInt(value);
                case "--silent-share" -> silentShare = Double.parseDouble(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--kill-after" -> killAfter = Double.parseDouble(value);
                case "--repo" -> repo = Path.of(value).toAbsolutePath().normalize();
                case "--state-dir" -> stateDir = Path.of(value).toAbsolutePath().normalize();
                case "--kafka-brokers" -> kafkaBrokers = Integer.parseInt(value);
                case "--account", "--password" -> login = login.with(name, value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (silentShare <= 0 || silentShare >= 1 || killAfter <= 0 || killAfter >= 1) {
            throw new IllegalArgumentException("--silent-share and --kill-after are shares between 0 and 1");
        }
        if (!PlatformConfig.KAFKA_BROKER_COUNTS.contains(kafkaBrokers)) {
            throw new IllegalArgumentException("--kafka-brokers takes 1 or 3, not " + kafkaBrokers);
        }
        return new FaultOptions(faults == null ? Fault.defaults(kafkaBrokers) : faults(faults), units, silentShare,
                concurrency, killAfter, repo,
                stateDir == null ? repo.resolve("bench/target/faults-platform") : stateDir, kafkaBrokers, login);
    }

    private static List<Fault> faults(String names) {
        List<Fault> faults = new ArrayList<>();
        for (String name : names.split(",")) {
            Fault fault = Fault.ALL.get(name.trim());
            if (fault == null) {
                throw new IllegalArgumentException("unknown fault " + name.trim() + "; known: "
                        + String.join(",", Fault.ALL.keySet()));
            }
            faults.add(fault);
        }
        return faults;
    }

    static String usage() {
        return """
                usage: bench/faults [--faults %s]
                                    [--kafka-brokers 1|3] [--units 300] [--silent-share 0.15] [--concurrency 16]
                                    [--kill-after 0.4] [--state-dir bench/target/faults-platform]
                                    [--account staff] [--password demo]
                  Starts a local platform of its own on free ports (state in --state-dir), then for each fault: a
                  plan with --units must-report units due in under 5 minutes, a rush through the gateway in which
                  all but --silent-share of the units submit (retrying with the same Idempotency-Key until
                  answered), the fault once --kill-after of them are acknowledged, a restart of what was killed,
                  and the checks once everything has caught up and the reminder is due. Default faults: all but
                  kafka-leader with one broker; all but kafka with --kafka-brokers 3.""".formatted(
                String.join(",", Fault.ALL.keySet()));
    }
}
