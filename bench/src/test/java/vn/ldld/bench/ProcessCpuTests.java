package vn.ldld.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProcessCpuTests {

    @Test
    void aCostIsEachProcessesCpuBetweenTwoSnapshotsPerUnitWithThePlatformsTotalApartFromTheLoadGenerator() {
        ProcessCpu.Snapshot before = snapshot(0, Map.of("gateway", 1_000, "report-service", 2_000,
                ProcessCpu.LOAD_GENERATOR, 500));
        ProcessCpu.Snapshot after = snapshot(2_000_000_000L, Map.of("gateway", 1_600, "report-service", 2_900,
                ProcessCpu.LOAD_GENERATOR, 800, "floor", 50));

        ProcessCpu.Cost cost = ProcessCpu.Cost.between(before, after, "report", 300);

        assertThat(cost.of("gateway")).isCloseTo(2.0, within(1e-9));
        assertThat(cost.of("report-service")).isCloseTo(3.0, within(1e-9));
        assertThat(cost.platform()).isCloseTo(5.0, within(1e-9));
        assertThat(cost.of(ProcessCpu.LOAD_GENERATOR)).isCloseTo(1.0, within(1e-9));
        assertThat(cost.of("floor")).as("a process not watched when the run began").isNaN();
        assertThat(cost.seconds()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void theTableHasOneColumnPerRunAndADashWhereAProcessWasNotWatched() {
        ProcessCpu.Snapshot start = snapshot(0, Map.of("gateway", 0, "floor", 0, ProcessCpu.LOAD_GENERATOR, 0));
        Map<String, ProcessCpu.Cost> runs = new LinkedHashMap<>();
        runs.put("gateway", ProcessCpu.Cost.between(snapshot(0, Map.of("gateway", 0, ProcessCpu.LOAD_GENERATOR, 0)),
                snapshot(1, Map.of("gateway", 460, ProcessCpu.LOAD_GENERATOR, 27)), "report", 100));
        runs.put("floor", ProcessCpu.Cost.between(start,
                snapshot(1, Map.of("gateway", 1, "floor", 150, ProcessCpu.LOAD_GENERATOR, 10)), "report", 100));

        String table = ProcessCpu.table("CPU ms per report", runs);

        assertThat(table.lines()).containsExactly(
                "CPU ms per report               gateway      floor",
                "  floor                               -       1.50",
                "  gateway                          4.60       0.01",
                "  whole platform                   4.60       1.51",
                "  load generator                   0.27       0.10");
    }

    private static ProcessCpu.Snapshot snapshot(long at, Map<String, Integer> millis) {
        Map<String, Duration> used = new LinkedHashMap<>();
        millis.forEach((name, ms) -> used.put(name, Duration.ofMillis(ms)));
        return new ProcessCpu.Snapshot(used, at);
    }
}
