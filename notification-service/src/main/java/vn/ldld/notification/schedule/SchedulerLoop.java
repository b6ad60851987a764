package vn.ldld.notification.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the {@link Dispatcher} every {@code notification.scheduler.poll-interval}. */
@Component
@ConditionalOnProperty(name = "notification.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class SchedulerLoop {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLoop.class);

    private final Dispatcher dispatcher;

    SchedulerLoop(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${notification.scheduler.poll-interval:5s}")
    void run() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            log.atError().setMessage("Scheduler pass failed").setCause(e).log();
        }
    }
}
