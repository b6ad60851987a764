package vn.ldld.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.ldld.platform.LocalPlatform;
import vn.ldld.platform.PlatformConfig;
import vn.ldld.platform.StatusRow;

/**
 * CPU time (user + system, as {@code /proc/<pid>/stat} counts it) used by each process of the local platform and by
 * this load generator. The processes are those {@code ./platform} started, found once through its pid files when the
 * benchmark starts, so that reading their CPU later costs them nothing (no health probe).
 */
final class ProcessCpu {

    /** The row of this load generator in every table. */
    static final String LOAD_GENERATOR = "load generator";
    private static final String WHOLE_PLATFORM = "whole platform";

    private final Map<String, ProcessHandle> processes;

    private ProcessCpu(Map<String, ProcessHandle> processes) {
        this.processes = processes;
    }

    /**
     * Watches the processes of the local platform of this repository ({@link RepoRoot}), or none when it has no pid
     * files there (a platform elsewhere: its processes' CPU cannot be read from here).
     */
    static ProcessCpu watchingLocalPlatform() {
        Optional<LocalPlatform> platform = RepoRoot.find().map(PlatformConfig::defaults)
                .filter(config -> Files.isDirectory(config.pidsDir()))
                .map(config -> new LocalPlatform(config, new PrintStream(OutputStream.nullOutputStream())));
        return watching(platform);
    }

    /**
     * @param platform the local platform whose processes to watch, or empty to watch only this load generator (a
     *                 platform elsewhere: its processes' CPU cannot be read from here)
     */
    static ProcessCpu watching(Optional<LocalPlatform> platform) {
        Map<String, ProcessHandle> processes = new TreeMap<>();
        platform.ifPresent(local -> {
            for (StatusRow row : local.status()) {
                if (row.alive() && row.pid() != null) {
                    ProcessHandle.of(row.pid()).ifPresent(process -> processes.put(row.name(), process));
                }
            }
        });
        return new ProcessCpu(processes);
    }

    /** Watches {@code process} too, under {@code name}, from now on. */
    void watch(String name, ProcessHandle process) {
        this.processes.put(name, process);
    }

    /** @return whether any platform process is watched */
    boolean watchesPlatform() {
        return !this.processes.isEmpty();
    }

    /** @return the CPU each watched process and this load generator have used so far */
    Snapshot take() {
        Map<String, Duration> used = new LinkedHashMap<>();
        this.processes.forEach((name, process) -> used.put(name, cpu(process)));
        used.put(LOAD_GENERATOR, cpu(ProcessHandle.current()));
        return new Snapshot(used, System.nanoTime());
    }

    /**
     * Waits until the platform has finished the work a run left behind (outboxes, e-mails, read models): until its
     * processes together use less than {@code idleShare} of one core over {@code window}, twice in a row, or until
     * {@code timeout}.
     *
     * @return the snapshot taken when it went quiet (or when the timeout ran out)
     */
    Snapshot awaitQuiet(double idleShare, Duration window, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Snapshot last = take();
        int quietWindows = 0;
        while (quietWindows < 2 && System.nanoTime() < deadline) {
            Thread.sleep(window.toMillis());
            Snapshot now = take();
            double share = (double) now.platform().minus(last.platform()).toNanos() / (now.at() - last.at());
            quietWindows = share < idleShare ? quietWindows + 1 : 0;
            last = now;
        }
        return last;
    }

    /**
     * Measures what the platform's processes use at rest (timers, polling loops): windows of {@code window} one
     * after the other until two in a row differ by less than 5 % of one core (a platform just started is still
     * compiling and loading), at most {@code windows} of them.
     *
     * @return the share of one core they use together, the lower of the last two windows
     */
    double restShare(Duration window, int windows) throws InterruptedException {
        Snapshot last = take();
        double previous = Double.NaN;
        double share = Double.NaN;
        for (int i = 0; i < windows; i++) {
            Thread.sleep(window.toMillis());
            Snapshot now = take();
            share = (double) now.platform().minus(last.platform()).toNanos() / (now.at() - last.at());
            last = now;
            if (Math.abs(share - previous) < 0.05) {
                return Math.min(share, previous);
            }
            previous = share;
        }
        return share;
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * CPU used so far by each process.
     *
     * @param at {@link System#nanoTime()} when it was read
     */
    record Snapshot(Map<String, Duration> used, long at) {

        /** @return the CPU of every platform process together (the load generator left out) */
        Duration platform() {
            return this.used.entrySet().stream().filter(entry -> !entry.getKey().equals(LOAD_GENERATOR))
                    .map(Map.Entry::getValue).reduce(Duration.ZERO, Duration::plus);
        }
    }

    /**
     * What each process used between two snapshots, per unit of work.
     *
     * @param what the work, e.g. "report" or "must-report unit"
     * @param count how many of it
     * @param perUnit process name → CPU milliseconds per unit, the platform's total and the load generator last
     * @param seconds wall-clock time between the snapshots
     */
    record Cost(String what, int count, Map<String, Double> perUnit, double seconds) {

        static Cost between(Snapshot before, Snapshot after, String what, int count) {
            Map<String, Double> perUnit = new LinkedHashMap<>();
            double platform = 0;
            for (Map.Entry<String, Duration> entry : after.used().entrySet()) {
                Duration start = before.used().get(entry.getKey());
                if (start == null || entry.getKey().equals(LOAD_GENERATOR)) {
                    continue;
                }
                double ms = entry.getValue().minus(start).toNanos() / 1e6 / count;
                perUnit.put(entry.getKey(), ms);
                platform += ms;
            }
            perUnit.put(WHOLE_PLATFORM, platform);
            perUnit.put(LOAD_GENERATOR, after.used().get(LOAD_GENERATOR).minus(before.used().get(LOAD_GENERATOR))
                    .toNanos() / 1e6 / count);
            return new Cost(what, count, perUnit, (after.at() - before.at()) / 1e9);
        }

        /** @return CPU milliseconds per unit of the whole platform */
        double platform() {
            return this.perUnit.get(WHOLE_PLATFORM);
        }

        /** @return CPU milliseconds per unit of {@code process}, or NaN if it was not watched */
        double of(String process) {
            return this.perUnit.getOrDefault(process, Double.NaN);
        }
    }

    /**
     * Prints costs side by side, one column per run, one row per process, e.g.
     * <pre>
     * CPU ms per report          gateway  floor
     * gateway                        4.6      -
     * </pre>
     */
    static String table(String title, Map<String, Cost> columns) {
        List<String> rows = new ArrayList<>();
        columns.values().forEach(cost -> cost.perUnit().keySet().stream()
                .filter(name -> !name.equals(WHOLE_PLATFORM) && !name.equals(LOAD_GENERATOR) && !rows.contains(name))
                .forEach(rows::add));
        rows.sort(String::compareTo);
        rows.add(WHOLE_PLATFORM);
        rows.add(LOAD_GENERATOR);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-28s", title));
        columns.keySet().forEach(column -> text.append(String.format(Locale.ROOT, " %10s", column)));
        text.append('\n');
        for (String row : rows) {
            text.append(String.format(Locale.ROOT, "  %-26s", row));
            for (Cost cost : columns.values()) {
                Double ms = cost.perUnit().get(row);
                text.append(ms == null ? String.format(Locale.ROOT, " %10s", "-")
                        : String.format(Locale.ROOT, " %10.2f", ms));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
