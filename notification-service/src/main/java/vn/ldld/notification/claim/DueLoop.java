package vn.ldld.notification.claim;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link DuePass} (sending notifications, delivering them) each on its own, every
 * {@code notification.scheduler.poll-interval}; a pass that fails is logged and tried again at the next interval.
 */
@Component
@ConditionalOnProperty(name = "notification.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class DueLoop implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DueLoop.class);

    private final List<DuePass> passes;
    private final Duration interval;

    DueLoop(List<DuePass> passes, @Value("${notification.scheduler.poll-interval:5s}") String interval) {
        this.passes = passes;
        this.interval = DurationStyle.detectAndParse(interval);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        passes.forEach(pass -> registrar.addFixedDelayTask(() -> run(pass), interval));
    }

    private static void run(DuePass pass) {
        try {
            pass.runDue();
        } catch (RuntimeException e) {
            log.atError().setMessage("Pass failed").addKeyValue("pass", pass.getClass().getSimpleName()).setCause(e)
                    .log();
        }
    }
}
