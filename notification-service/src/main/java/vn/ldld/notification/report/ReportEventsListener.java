package vn.ldld.notification.report;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.consumer.EventHandlers;

/**
 * Reads {@code report-events}, each event once whatever Kafka redelivers, by the handler of its type
 * ({@link ReportReceivedHandler}, {@link ReportReturnedHandler}, {@link ReportAcceptedHandler}); an unreadable one
 * goes to the dead-letter topic, an unknown type is skipped.
 */
@Component
class ReportEventsListener {

    static final String CONSUMER = "notification-service/reports";

    private final EventHandlers handlers;

    ReportEventsListener(EventHandlers handlers) {
        this.handlers = handlers;
    }

    @KafkaListener(topics = "report-events")
    void on(ConsumerRecord<String, String> record) {
        handlers.consume(CONSUMER, record);
    }
}
