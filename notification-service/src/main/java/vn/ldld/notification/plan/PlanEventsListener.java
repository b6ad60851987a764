package vn.ldld.notification.plan;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.inbox.ProcessedEvents;
import vn.ldld.notification.schedule.NotificationKind;

/**
 * Reads {@code plan-events}, each event once whatever Kafka redelivers; an unreadable one goes to the dead-letter
 * topic, an unknown type is skipped.
 */
@Component
class PlanEventsListener {

    static final String CONSUMER = "notification-service/plans";
    private static final Logger log = LoggerFactory.getLogger(PlanEventsListener.class);

    private final ProcessedEvents processed;
    private final PlanIntake intake;
    private final ObjectMapper json;

    PlanEventsListener(ProcessedEvents processed, PlanIntake intake, ObjectMapper json) {
        this.processed = processed;
        this.intake = intake;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @KafkaListener(topics = "plan-events")
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        Runnable effect = switch (event.type()) {
            case PlanEvents.PUBLISHED -> {
                PlanEvents.PlanPublished published = read(event, PlanEvents.PlanPublished.class);
                require(event, published.planId() != null && published.plan() != null
                        && published.plan().phases() != null
                        && published.plan().recipients() != null, "plan with phases and recipients");
                yield () -> intake.published(published, event.metadata().time());
            }
            case PlanEvents.AMENDED -> {
                PlanEvents.PlanAmended amended = read(event, PlanEvents.PlanAmended.class);
                require(event, amended.planId() != null && amended.plan() != null && amended.plan().phases() != null
                        && amended.plan().recipients() != null && amended.changes() != null, "plan and changes");
                yield () -> intake.amended(amended, event.metadata().time());
            }
            case PlanEvents.CLOSED -> {
                PlanEvents.PlanEnded closed = read(event, PlanEvents.PlanEnded.class);
                require(event, closed.planId() != null && closed.reason() != null, "planId and reason");
                yield () -> intake.ended(closed, NotificationKind.PLAN_CLOSED, event.metadata().time());
            }
            case PlanEvents.CANCELLED -> {
                PlanEvents.PlanEnded cancelled = read(event, PlanEvents.PlanEnded.class);
                require(event, cancelled.planId() != null && cancelled.reason() != null, "planId and reason");
                yield () -> intake.ended(cancelled, NotificationKind.PLAN_CANCELLED, event.metadata().time());
            }
            default -> null;
        };
        if (effect == null) {
            log.atInfo().setMessage("Plan event of an unknown type skipped").addKeyValue("eventType", event.type())
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
