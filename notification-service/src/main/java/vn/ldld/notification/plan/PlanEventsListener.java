package vn.ldld.notification.plan;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.consumer.EventHandlers;

/**
 * Reads {@code plan-events}, each event once whatever Kafka redelivers, by the handler of its type
 * ({@link PlanPublishedHandler}, {@link PlanAmendedHandler}, {@link PlanEndedHandler}); an unreadable one goes
 * to the dead-letter topic, an unknown type is skipped.
 */
@Component
class PlanEventsListener {

    static final String CONSUMER = "notification-service/plans";

    private final EventHandlers handlers;

    PlanEventsListener(EventHandlers handlers) {
        this.handlers = handlers;
    }

    @KafkaListener(topics = "plan-events")
    void on(ConsumerRecord<String, String> record) {
        handlers.consume(CONSUMER, record);
    }
}
