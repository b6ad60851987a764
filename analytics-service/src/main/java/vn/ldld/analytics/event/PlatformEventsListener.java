package vn.ldld.analytics.event;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.inbox.ProcessedEvents;

/** Receives the events of every topic analytics follows, each once whatever Kafka redelivers. */
@Component
class PlatformEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PlatformEventsListener.class);

    private final ProcessedEvents processed;

    PlatformEventsListener(ProcessedEvents processed) {
        this.processed = processed;
    }

    @KafkaListener(topics = {"plan-events", "report-events", "notification-events"})
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        processed.once("analytics-service", event, () -> log.atInfo().setMessage("Event received")
                .addKeyValue("topic", event.topic()).addKeyValue("subject", event.metadata().subject())
                .addKeyValue("partition", event.partition()).addKeyValue("offset", event.offset()).log());
    }
}
