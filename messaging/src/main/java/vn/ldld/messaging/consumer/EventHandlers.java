package vn.ldld.messaging.consumer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.cloudevents.InvalidEventException;
import vn.ldld.messaging.correlation.EventLogContext;
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
     * What a batch listener does with the records of a poll: reads and checks each, then applies them in their
     * order, each once for {@code consumer}. Events in a row of one {@link BatchEventHandler} are applied together
     * ({@link ProcessedEvents#onceAll}); should that fail, they are applied again one by one, so that the event that
     * fails is the one named. A record that cannot be read, or whose effect fails, ends the batch: those before it are
     * applied, and a {@link BatchListenerFailedException} names it to the listeners' error handler, which retries it
     * and those after it, or sends it to the dead-letter topic, as for one record.
     *
     * @return the events applied now, in their order (not those applied before, nor those of a type without a handler)
     */
    public List<InboundEvent> consumeAll(String consumer, List<ConsumerRecord<String, String>> records) {
        List<Prepared> prepared = new ArrayList<>(records.size());
        RuntimeException unreadable = null;
        for (ConsumerRecord<String, String> record : records) {
            try {
                prepared.add(prepare(record));
            } catch (RuntimeException e) {
                unreadable = e;
                break;
            }
        }
        List<InboundEvent> applied = new ArrayList<>();
        int i = 0;
        while (i < prepared.size()) {
            Prepared first = prepared.get(i);
            int end = i + 1;
            while (first.batch() != null && end < prepared.size() && prepared.get(end).handler() == first.handler()) {
                end++;
            }
            applied.addAll(end - i > 1 ? applyTogether(consumer, prepared.subList(i, end)) : applyOne(consumer, first));
            i = end;
        }
        if (unreadable != null) {
            ConsumerRecord<String, String> record = records.get(prepared.size());
            throw new BatchListenerFailedException(String.valueOf(unreadable.getMessage()), unreadable, record);
        }
        return applied;
    }

    /** A record read and checked, with the handler of its type (null: a type without a handler, skipped). */
    private record Prepared(ConsumerRecord<String, String> record, InboundEvent event, EventHandler<?> handler,
                            Object payload) {

        BatchEventHandler<?> batch() {
            return handler instanceof BatchEventHandler<?> together ? together : null;
        }
    }

    private Prepared prepare(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        EventHandler<?> handler = byType.get(event.type());
        if (handler == null) {
            skip(event);
            return new Prepared(record, event, null, null);
        }
        Object payload = reader.read(event, handler.payloadType());
        check(handler, payload, event);
        return new Prepared(record, event, handler, payload);
    }

    @SuppressWarnings("unchecked")
    private static <T> void check(EventHandler<T> handler, Object payload, InboundEvent event) {
        handler.check((T) payload, event);
    }

    private List<InboundEvent> applyOne(String consumer, Prepared one) {
        if (one.handler() == null) {
            return List.of();
        }
        EventLogContext.put(one.event());
        try {
            return inbox.once(consumer, one.event(), () -> handle(one.handler(), one.payload(), one.event()))
                    ? List.of(one.event()) : List.of();
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException(String.valueOf(e.getMessage()), e, one.record());
        } finally {
            EventLogContext.clear();
        }
    }

    private List<InboundEvent> applyTogether(String consumer, List<Prepared> run) {
        BatchEventHandler<?> handler = run.get(0).batch();
        Map<InboundEvent, Prepared> byEvent = new IdentityHashMap<>();
        run.forEach(one -> byEvent.put(one.event(), one));
        try {
            return inbox.onceAll(consumer, run.stream().map(Prepared::event).toList(),
                    events -> handleAll(handler, events.stream().map(byEvent::get).toList()),
                    event -> handleAll(handler, List.of(byEvent.get(event))));
        } catch (RuntimeException together) {
            log.atWarn().setMessage("Events applied together failed; applying them one by one")
                    .addKeyValue("events", run.size()).addKeyValue("reason", together.getMessage()).log();
            List<InboundEvent> applied = new ArrayList<>();
            for (Prepared one : run) {
                applied.addAll(applyOne(consumer, one));
            }
            return applied;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void handle(EventHandler<T> handler, Object payload, InboundEvent event) {
        handler.handle((T) payload, event);
    }

    @SuppressWarnings("unchecked")
    private static <T> void handleAll(BatchEventHandler<T> handler, List<Prepared> events) {
        handler.handleAll(events.stream().map(one -> new BatchEventHandler.Received<>((T) one.payload(),
                one.event())).toList());
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
