package vn.ldld.report.plan;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.consumer.EventHandlers;

/**
 * Keeps the plan views up to date from {@code plan-events}: each event once (inbox), read tolerantly, by the handler
 * of its type ({@link PlanContentChangedHandler}, {@link PlanEndedHandler}); unknown types are skipped, a record it
 * cannot read goes to the dead-letter topic.
 */
@Component
class PlanEventsListener {

    static final String CONSUMER = "report-service";

    private final EventHandlers handlers;

    PlanEventsListener(EventHandlers handlers) {
        this.handlers = handlers;
    }

    @KafkaListener(topics = "plan-events")
    void on(ConsumerRecord<String, String> record) {
        handlers.consume(CONSUMER, record);
    }
}
