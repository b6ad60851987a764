package vn.ldld.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the {@link DeliveryWorker} every {@code notification.scheduler.poll-interval}. */
@Component
@ConditionalOnProperty(name = "notification.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class DeliveryLoop {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLoop.class);

    private final DeliveryWorker worker;

    DeliveryLoop(DeliveryWorker worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelayString = "${notification.scheduler.poll-interval:5s}")
    void run() {
        try {
            worker.sendDue();
        } catch (RuntimeException e) {
            log.atError().setMessage("Delivery pass failed").setCause(e).log();
        }
    }
}
