package vn.ldld.messaging.consumer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.cloudevents.InvalidEventException;
import vn.ldld.messaging.inbox.ProcessedEvents;

/**
 * The service's {@link EventHandler}s by CloudEvents type: reads each event with the one {@link EventReader},
 * checks it, and applies it with the handler of its type. A type without a handler is logged once and skipped; an
 * event that cannot be read or fails its checks is an {@link InvalidEventException}, which the listeners' error
 * handler sends to the dead-letter topic with its reason.
 */
public final class EventHandlers {

    private static final Logger log = LoggerFactory.getLogger(EventHandlers.class);
    /** Bounds the memory of logged unknown types, should a producer invent them without end. */
    private static final int UNKNOWN_TYPES_REMEMBERED = 1000;

    private final Map<String, EventHandler<?>> byType = new LinkedHashMap<>();
    private final EventReader reader;
    private final ProcessedEvents inbox;
    private final Set<String> unknownTypesLogged = ConcurrentHashMap.newKeySet();

    /**
     * @throws IllegalStateException when two handlers claim the same type
     */
    public EventHandlers(Collection<? extends EventHandler<?>> handlers, EventReader reader, ProcessedEvents inbox) {
        for (EventHandler<?> handler : handlers) {
            for (String type : handler.types()) {
                EventHandler<?> other = byType.putIfAbsent(type, handler);
                if (other != null) {
                    throw new IllegalStateException("Two handlers for " + type + ": " + other.getClass().getName()
                            + " and " + handler.getClass().getName());
                }
            }
        }
        this.reader = reader;
        this.inbox = inbox;
    }

    /** The types a handler applies. */
    public Set<String> types() {
        return Set.copyOf(byType.keySet());
    }

    /**
     * What a listener does with a record: reads and checks it, then applies it once for {@code consumer} (the inbox
     * key); a type without a handler is skipped and not marked.
     *
     * @return whether the event was applied now (false: unknown type, or applied before)
     * @throws InvalidEventException when the record is not a valid event of its type
     */
    public boolean consume(String consumer, ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        return prepare(event).map(effect -> inbox.once(consumer, event, effect)).orElse(false);
    }

    /**
     * Reads and checks {@code event} and applies it at once, without the inbox.
     *
     * @return whether a handler applied it (false: a type without a handler, skipped)
     * @throws InvalidEventException when it is not a valid event of its type
     */
    public boolean apply(InboundEvent event) {
        Optional<Runnable> effect = prepare(event);
        effect.ifPresent(Runnable::run);
        return effect.isPresent();
    }

    /**
     * Reads and checks {@code event}; nothing is applied yet.
     *
     * @return the effect of its handler, or empty for a type without a handler (logged once per type)
     * @throws InvalidEventException when it is not a valid event of its type
     */
    public Optional<Runnable> prepare(InboundEvent event) {
        EventHandler<?> handler = byType.get(event.type());
        if (handler == null) {
            skip(event);
            return Optional.empty();
        }
        return Optional.of(prepare(handler, event));
    }

    private <T> Runnable prepare(EventHandler<T> handler, InboundEvent event) {
        T payload = reader.read(event, handler.payloadType());
        handler.check(payload, event);
        return () -> handler.handle(payload, event);
    }

    private void skip(InboundEvent event) {
        if (unknownTypesLogged.size() < UNKNOWN_TYPES_REMEMBERED && unknownTypesLogged.add(event.type())) {
            log.atInfo().setMessage("Events of a type this service does not handle are skipped")
                    .addKeyValue("eventType", event.type()).addKeyValue("eventId", event.id())
                    .addKeyValue("topic", event.topic()).log();
        }
    }
}
