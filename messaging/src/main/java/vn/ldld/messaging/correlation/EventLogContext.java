package vn.ldld.messaging.correlation;

import org.slf4j.MDC;

import vn.ldld.messaging.cloudevents.InboundEvent;

/**
 * The consumed event's correlation id, id and type in the log context, for listeners that receive a batch of
 * records (a record listener has them from {@link CorrelationRecordInterceptor}).
 */
public final class EventLogContext {

    private EventLogContext() {
    }

    /** Puts {@code event}'s ids in the log context of this thread. */
    public static void put(InboundEvent event) {
        put(Correlation.MDC_KEY, event.metadata().correlationId());
        put(Correlation.MDC_EVENT_ID, event.id());
        put(Correlation.MDC_EVENT_TYPE, event.type());
    }

    /** Runs {@code action} with {@code event}'s ids in the log context, and takes them out again. */
    public static void within(InboundEvent event, Runnable action) {
        put(event);
        try {
            action.run();
        } finally {
            clear();
        }
    }

    /** Takes the event's ids out of the log context. */
    public static void clear() {
        MDC.remove(Correlation.MDC_KEY);
        MDC.remove(Correlation.MDC_EVENT_ID);
        MDC.remove(Correlation.MDC_EVENT_TYPE);
    }

    private static void put(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        } else {
            MDC.remove(key);
        }
    }
}
