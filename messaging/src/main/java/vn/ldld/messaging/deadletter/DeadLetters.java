package vn.ldld.messaging.deadletter;

import java.time.Duration;

import org.apache.kafka.common.TopicPartition;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import vn.ldld.messaging.cloudevents.InvalidEventException;
import vn.ldld.messaging.inbox.EventInProgressException;

/**
 * The listeners' error handling: a transient failure is retried with exponential back-off; a record that still
 * fails, or that can never succeed ({@link InvalidEventException}), goes to {@code <topic>-dlt}, same partition,
 * with the reason in the {@code kafka_dlt-exception-*} headers, and the partition moves on.
 * <p>
 * A record that fails because the service's database cannot be reached, or because another instance is applying
 * the same event, is not a poison record: it is retried, with the same back-off up to its longest pause, for as
 * long as that lasts, and never dead-lettered. Otherwise a database restart longer than the retries would move
 * good events aside, and the read models built from them would miss them.
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
        ConsumerAwareRecordRecoverer namingTheRecord = (record, consumer, exception) ->
                recoverer.accept(record, consumer, named(exception));
        DefaultErrorHandler handler = new DefaultErrorHandler(namingTheRecord, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setBackOffFunction((record, exception) -> waitsForItsStore(exception) ? untilItWorks(retry) : null);
        return handler;
    }

    /**
     * The failure of a record as a record listener reports it: a batch listener's names the record with a
     * {@link BatchListenerFailedException} around the cause, which the dead letter's headers show instead.
     */
    static Exception named(Exception exception) {
        if (exception instanceof ListenerExecutionFailedException failed
                && failed.getCause() instanceof BatchListenerFailedException batch
                && batch.getCause() instanceof Exception cause) {
            return new ListenerExecutionFailedException(failed.getMessage(), cause);
        }
        return exception;
    }

    /** Whether {@code exception} says the database is out of reach for now, or the event is in other hands. */
    static boolean waitsForItsStore(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof MongoSocketException || cause instanceof MongoTimeoutException
                    || cause instanceof EventInProgressException) {
                return true;
            }
        }
        return false;
    }

    private static BackOff untilItWorks(RetryProperties retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        return backOff;
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
