package vn.ldld.messaging.deadletter;

import java.time.Duration;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import vn.ldld.messaging.cloudevents.InvalidEventException;

/**
 * The listeners' error handling: a transient failure is retried with exponential back-off; a record that still
 * fails, or that can never succeed ({@link InvalidEventException}), goes to {@code <topic>-dlt}, same partition,
 * with the reason in the {@code kafka_dlt-exception-*} headers, and the partition moves on.
 */
public final class DeadLetters {

    /** Suffix of the dead-letter topic of every topic. */
    public static final String SUFFIX = "-dlt";

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaTemplate<?, ?> template, RetryProperties retry) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(record.topic() + SUFFIX, record.partition()));
        recoverer.setFailIfSendResultIsError(true);
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxAttempts(retry.maxAttempts());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }

    /**
     * Retry settings ({@code messaging.consumer.retry.*}).
     *
     * @param initialInterval first pause
     * @param multiplier growth of each pause
     * @param maxInterval longest pause
     * @param maxAttempts retries before the record goes to the dead-letter topic
     */
    public record RetryProperties(Duration initialInterval, double multiplier, Duration maxInterval, int maxAttempts) {
    }
}
