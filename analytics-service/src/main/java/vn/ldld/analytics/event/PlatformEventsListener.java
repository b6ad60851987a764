package vn.ldld.analytics.event;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandlers;
import vn.ldld.messaging.inbox.ProcessedEvents;

/**
 * Receives the events of every topic analytics follows and applies each once ({@code ce_id}), whatever Kafka
 * redelivers and however many instances share the consumer group, with the handler of its type (the
 * {@code *Handler} classes of this package); can rewind its partitions for a rebuild. An event of a type analytics
 * does not use is marked applied and skipped.
 */
@Component
class PlatformEventsListener extends AbstractConsumerSeekAware {

    /** The inbox consumer name: the key of the events analytics has applied. */
    static final String CONSUMER = "analytics-service";

    private static final Logger log = LoggerFactory.getLogger(PlatformEventsListener.class);

    private final ProcessedEvents processed;
    private final EventHandlers handlers;
    private final EventMetrics metrics;

    PlatformEventsListener(ProcessedEvents processed, EventHandlers handlers, EventMetrics metrics) {
        this.processed = processed;
        this.handlers = handlers;
        this.metrics = metrics;
    }

    @KafkaListener(id = "analytics-events", idIsGroup = false,
            topics = {"plan-events", "report-events", "notification-events"})
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        boolean applied = processed.once(CONSUMER, event, () -> handlers.apply(event));
        if (applied) {
            metrics.applied(event);
        }
        // one line per applied event (correlationId, eventId and eventType come from the log context)
        (applied ? log.atInfo() : log.atDebug()).setMessage(applied ? "Event applied" : "Event already applied, skipped")
                .addKeyValue("topic", event.topic()).addKeyValue("subject", event.metadata().subject())
                .addKeyValue("partition", event.partition()).addKeyValue("offset", event.offset()).log();
    }

    /** Rewinds every partition this instance holds to the beginning, at the next poll. */
    void replayFromStart() {
        log.atInfo().setMessage("Replaying assigned partitions from the beginning")
                .addKeyValue("partitions", getTopicsAndCallbacks().keySet().toString()).log();
        seekToBeginning();
    }
}
