package vn.ldld.notification.report;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.inbox.ProcessedEvents;

/**
 * Reads {@code report-events}, each event once whatever Kafka redelivers; an unreadable one goes to the dead-letter
 * topic, an unknown type is skipped.
 */
@Component
class ReportEventsListener {

    static final String CONSUMER = "notification-service/reports";
    private static final Logger log = LoggerFactory.getLogger(ReportEventsListener.class);

    private final ProcessedEvents processed;
    private final ReportIntake intake;
    private final ObjectMapper json;

    ReportEventsListener(ProcessedEvents processed, ReportIntake intake, ObjectMapper json) {
        this.processed = processed;
        this.intake = intake;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @KafkaListener(topics = "report-events")
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        Runnable effect = switch (event.type()) {
            case ReportEvents.SUBMITTED, ReportEvents.REVISED -> {
                ReportEvents.ReportReceived received = read(event, ReportEvents.ReportReceived.class);
                require(event, received.planId() != null && received.unit() != null && received.unit().code() != null,
                        "planId and unit");
                yield () -> intake.received(received, event.metadata().time());
            }
            case ReportEvents.RETURNED -> {
                ReportEvents.ReportReturned returned = read(event, ReportEvents.ReportReturned.class);
                require(event, returned.planId() != null && returned.unitCode() != null && returned.reason() != null,
                        "planId, unitCode and reason");
                yield () -> intake.returned(returned, event.metadata().time());
            }
            case ReportEvents.ACCEPTED -> {
                ReportEvents.ReportAccepted accepted = read(event, ReportEvents.ReportAccepted.class);
                require(event, accepted.planId() != null && accepted.unitCode() != null, "planId and unitCode");
                yield () -> intake.accepted(accepted, event.metadata().time());
            }
            default -> null;
        };
        if (effect == null) {
            log.atInfo().setMessage("Report event of an unknown type skipped").addKeyValue("eventType", event.type())
                    .addKeyValue("eventId", event.id()).log();
            return;
        }
        processed.once(CONSUMER, event, effect);
    }

    private <T> T read(InboundEvent event, Class<T> type) {
        return event.payloadAs(json, type);
    }

    private static void require(InboundEvent event, boolean condition, String what) {
        event.require(condition, what);
    }
}
