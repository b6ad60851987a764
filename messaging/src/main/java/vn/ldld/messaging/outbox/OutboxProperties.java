package vn.ldld.messaging.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox relay ({@code messaging.outbox.*}).
 *
 * @param collections the collections whose documents carry pending events
 * @param pollInterval pause after the first scan that found nothing to publish; each further empty scan doubles it
 *                     up to {@code idlePollInterval}. A write through this process's {@link Outbox} wakes the relay
 *                     at once, so the pause only delays events written by another instance (or left by a crash)
 * @param idlePollInterval the longest pause between two scans of an idle outbox; also how long an instance leaves a
 *                         collection whose lease another instance holds before asking for it again
 * @param batchSize documents taken per scan
 * @param lease how long one instance keeps the right to relay a collection without renewing it
 * @param sendTimeout how long to wait for Kafka's acknowledgements of one batch; longer than the producer's
 *                    {@code delivery.timeout.ms} (15 s), so no send is still in flight when a batch is given up
 *                    (which would publish it twice)
 * @param retryBackoff pause after a batch that Kafka did not fully acknowledge
 * @param backlogRefresh how often the backlog gauges are recomputed
 */
@ConfigurationProperties("messaging.outbox")
public record OutboxProperties(
        @DefaultValue List<String> collections,
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("1s") Duration idlePollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("20s") Duration sendTimeout,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("5s") Duration backlogRefresh) {
}
