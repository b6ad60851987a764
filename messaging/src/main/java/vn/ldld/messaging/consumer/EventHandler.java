package vn.ldld.messaging.consumer;

import java.util.Set;

import vn.ldld.messaging.cloudevents.InboundEvent;

/**
 * Applies the events of one or more CloudEvents types, read as one payload class. A service registers one bean per
 * event type it consumes; {@link EventHandlers} reads the payload with the one tolerant {@link EventReader}, calls
 * {@link #check} before anything is applied, then {@link #handle} once per event (the inbox).
 * <p>
 * A new event type is one more handler, nothing else.
 *
 * @param <T> the payload: the service's own record of the fields it uses
 */
public interface EventHandler<T> {

    /** The versioned CloudEvents types this handler applies, e.g. {@code vn.ldld.plan.published.v1}. */
    Set<String> types();

    /** The class the JSON payload is read as. */
    Class<T> payloadType();

    /**
     * Checks what the event must hold to be applied, with {@link InboundEvent#require}; an event that fails is
     * invalid, a dead letter with the reason, and nothing of it is applied.
     */
    default void check(T payload, InboundEvent event) {
    }

    /** Applies the event; applying it again must change nothing (at-least-once delivery). */
    void handle(T payload, InboundEvent event);
}
