package vn.ldld.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.ldld.messaging.deadletter.DeadLetters;

/**
 * Settings of the messaging plumbing ({@code messaging.*}).
 *
 * @param source CloudEvents {@code ce_source} of the events this service produces, e.g. {@code /plan-service}
 * @param instanceId name of this instance among the service's instances (outbox lease owner)
 * @param inboxLease how long an instance may take to apply one event before another may take it over
 * @param inboxDoneDelay how long the inbox gathers the marks of applied events before writing them done in one
 *                       command (zero: each at once)
 * @param retry back-off of failed records before they go to the dead-letter topic
 */
@ConfigurationProperties("messaging")
public record MessagingProperties(
        String source,
        String instanceId,
        @DefaultValue("60s") Duration inboxLease,
        @DefaultValue("200ms") Duration inboxDoneDelay,
        @DefaultValue Retry retry) {

    /** Consumer retry settings. */
    public record Retry(@DefaultValue("500ms") Duration initialInterval, @DefaultValue("2.0") double multiplier,
                        @DefaultValue("5s") Duration maxInterval, @DefaultValue("4") int maxAttempts) {

        DeadLetters.RetryProperties toRetryProperties() {
            return new DeadLetters.RetryProperties(initialInterval, multiplier, maxInterval, maxAttempts);
        }
    }
}
