package vn.ldld.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each scenario cost the platform's processes in CPU: publishing the rush plan (per must-report unit) and the
 * intake (per report), each measured from a settled platform to a settled platform, so that the work a run leaves
 * behind (consumers, outboxes, e-mails) is counted with it and the next run does not pay for it.
 */
final class Costs {

    /** Above the platform's CPU at rest, the share of one core under which it counts as done. */
    private static final double QUIET_ABOVE_REST = 0.10;
    private static final Duration QUIET_WINDOW = Duration.ofSeconds(1);
    private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(3);

    private final ProcessCpu cpu;
    private final double atRest;
    private final double quietShare;
    private final Map<String, ProcessCpu.Cost> publication = new LinkedHashMap<>();
    private final Map<String, ProcessCpu.Cost> intake = new LinkedHashMap<>();

    /**
     * @param atRest the share of one core the platform uses at rest (NaN: not measured)
     */
    Costs(ProcessCpu cpu, double atRest) {
        this.cpu = cpu;
        this.atRest = atRest;
        this.quietShare = (Double.isNaN(atRest) ? 0 : atRest) + QUIET_ABOVE_REST;
    }

    /**
     * Waits until every consumer group has read plan, report and notification events to the end and the platform's
     * processes have gone quiet.
     *
     * @param what what the platform was busy with, named if the wait runs out
     * @return the CPU used so far
     */
    ProcessCpu.Snapshot settled(KafkaClients kafka, String what) throws InterruptedException {
        long lag = ConsumerLag.awaitCaughtUp(kafka, ConsumerLag.ALL_TOPICS, CATCH_UP_TIMEOUT);
        if (lag > 0) {
            System.out.printf("(%s: the consumers still had %d events to read after %d minutes)%n", what, lag,
                    CATCH_UP_TIMEOUT.toMinutes());
        }
        return this.cpu.watchesPlatform() ? this.cpu.awaitQuiet(this.quietShare, QUIET_WINDOW, QUIET_TIMEOUT)
                : this.cpu.take();
    }

    /** Counts {@code process} as part of the platform from now on (the floor application). */
    void watch(String name, ProcessHandle process) {
        this.cpu.watch(name, process);
    }

    void publication(String scenario, ProcessCpu.Snapshot before, ProcessCpu.Snapshot after, int units) {
        this.publication.put(scenario, ProcessCpu.Cost.between(before, after, "must-report unit", units));
    }

    void intake(String scenario, ProcessCpu.Snapshot before, ProcessCpu.Snapshot after, int reports) {
        this.intake.put(scenario, ProcessCpu.Cost.between(before, after, "report", reports));
    }

    /** @return whether the platform's processes are watched (else only the load generator's CPU is known) */
    boolean watchesPlatform() {
        return this.cpu.watchesPlatform();
    }

    /** @return the intake cost of {@code scenario}, or null if it was not measured */
    ProcessCpu.Cost intakeOf(String scenario) {
        return this.intake.get(scenario);
    }

    void print(PrintStream out) {
        if (this.intake.isEmpty()) {
            return;
        }
        if (!this.cpu.watchesPlatform()) {
            out.println("CPU per report: the platform's processes are not on this machine (no .platform/pids); "
                    + "only the load generator's is known");
        }
        out.print(ProcessCpu.table("CPU ms per report", this.intake));
        if (!Double.isNaN(this.atRest)) {
            this.intake.forEach((scenario, cost) -> out.printf("  %s: of which the platform at rest (%.0f %% of one "
                    + "core for %.1f s): %.2f ms per report%n", scenario, this.atRest * 100, cost.seconds(),
                    this.atRest * cost.seconds() * 1000 / cost.count()));
        }
        out.print(ProcessCpu.table("CPU ms per must-report unit", this.publication));
        out.println("(from a settled platform to a settled platform: every consumer caught up and the processes "
                + "back at rest; user + system time from /proc)");
    }
}
