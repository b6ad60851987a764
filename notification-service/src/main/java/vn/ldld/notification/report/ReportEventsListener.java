package vn.ldld.notification.report;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.consumer.EventHandlers;

/**
 * Reads {@code report-events}, each event once whatever Kafka redelivers, by the handler of its type
 * ({@link ReportReceivedHandler}, {@link ReportReturnedHandler}, {@link ReportAcceptedHandler}); an unreadable one
 * goes to the dead-letter topic, an unknown type is skipped. The records of a poll come together: the reports
 * received in a row are applied together ({@link ReportReceivedHandler}), which in a deadline rush shares the store's
 * commands among them.
 */
@Component
public class ReportEventsListener {

    static final String CONSUMER = "notification-service/reports";
    /** The listener's container, which the tests pause. */
    public static final String CONTAINER = "notification-reports";

    private final EventHandlers handlers;

    ReportEventsListener(EventHandlers handlers) {
        this.handlers = handlers;
    }

    @KafkaListener(id = CONTAINER, idIsGroup = false, topics = "report-events", batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        handlers.consumeAll(CONSUMER, records);
    }
}
