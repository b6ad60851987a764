package vn.ldld.analytics.event;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandlers;
import vn.ldld.messaging.correlation.EventLogContext;

/**
 * Receives the events of every topic analytics follows and applies each once ({@code ce_id}), whatever Kafka
 * redelivers and however many instances share the consumer group, with the handler of its type (the
 * {@code *Handler} classes of this package); can rewind its partitions for a rebuild. An event of a type analytics
 * does not use is skipped. The records of a poll come together: the reports received in a row are applied together
 * ({@link ReportReceivedHandler}).
 */
@Component
class PlatformEventsListener extends AbstractConsumerSeekAware {

    /** The inbox consumer name: the key of the events analytics has applied. */
    static final String CONSUMER = "analytics-service";

    private static final Logger log = LoggerFactory.getLogger(PlatformEventsListener.class);

    private final EventHandlers handlers;
    private final EventMetrics metrics;

    PlatformEventsListener(EventHandlers handlers, EventMetrics metrics) {
        this.handlers = handlers;
        this.metrics = metrics;
    }

    @KafkaListener(id = "analytics-events", idIsGroup = false,
            topics = {"plan-events", "report-events", "notification-events"}, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        List<InboundEvent> applied = handlers.consumeAll(CONSUMER, records);
        // one line per applied event (correlationId, eventId and eventType in the log context)
        for (InboundEvent event : applied) {
            metrics.applied(event);
            EventLogContext.within(event, () -> log.atInfo().setMessage("Event applied")
                    .addKeyValue("topic", event.topic()).addKeyValue("subject", event.metadata().subject())
                    .addKeyValue("partition", event.partition()).addKeyValue("offset", event.offset()).log());
        }
    }

    /** Rewinds every partition this instance holds to the beginning, at the next poll. */
    void replayFromStart() {
        log.atInfo().setMessage("Replaying assigned partitions from the beginning")
                .addKeyValue("partitions", getTopicsAndCallbacks().keySet().toString()).log();
        seekToBeginning();
    }
}
