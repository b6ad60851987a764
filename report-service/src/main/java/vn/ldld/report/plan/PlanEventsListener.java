package vn.ldld.report.plan;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.inbox.ProcessedEvents;

/** Receives the plan events, each once whatever Kafka redelivers. */
@Component
class PlanEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PlanEventsListener.class);

    private final ProcessedEvents processed;

    PlanEventsListener(ProcessedEvents processed) {
        this.processed = processed;
    }

    @KafkaListener(topics = "plan-events")
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        processed.once("report-service", event, () -> log.atInfo().setMessage("Plan event received")
                .addKeyValue("planId", event.metadata().subject()).addKeyValue("partition", event.partition())
                .addKeyValue("offset", event.offset()).log());
    }
}
