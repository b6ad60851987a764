package vn.ldld.messaging.consumer;

import java.util.List;

import vn.ldld.messaging.cloudevents.InboundEvent;

/**
 * An {@link EventHandler} that applies several events of its types together, when a batch listener
 * ({@link EventHandlers#consumeAll}) receives them in a row: what each costs the store is shared (one read of what
 * they all need, one write of what they all change) instead of paid event by event. The events are given in their
 * order; applying them again, or one of them alone, must change nothing more.
 *
 * @param <T> the payload
 */
public interface BatchEventHandler<T> extends EventHandler<T> {

    /** Applies {@code events}, in their order. */
    void handleAll(List<Received<T>> events);

    @Override
    default void handle(T payload, InboundEvent event) {
        handleAll(List.of(new Received<>(payload, event)));
    }

    /** One event of a batch: its payload as read and checked, and the event. */
    record Received<T>(T payload, InboundEvent event) {
    }
}
