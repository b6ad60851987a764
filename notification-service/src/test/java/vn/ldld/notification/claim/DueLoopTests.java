package vn.ldld.notification.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

class DueLoopTests {

    @Test
    void eachPassRunsOnItsOwnEveryPollIntervalAndAFailingOneDoesNotStopTheOthers() {
        List<String> ran = new ArrayList<>();
        DuePass failing = () -> {
            ran.add("failing");
            throw new IllegalStateException("store unreachable");
        };
        DuePass working = () -> {
            ran.add("working");
            return 1;
        };
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        new DueLoop(List.of(failing, working), "2s").configureTasks(registrar);

        List<IntervalTask> tasks = registrar.getFixedDelayTaskList();
        assertThat(tasks).hasSize(2).allSatisfy(task -> assertThat(task.getIntervalDuration())
                .isEqualTo(Duration.ofSeconds(2)));
        tasks.forEach(task -> task.getRunnable().run());
        tasks.forEach(task -> task.getRunnable().run());
        assertThat(ran).containsExactly("failing", "working", "failing", "working");
    }
}
