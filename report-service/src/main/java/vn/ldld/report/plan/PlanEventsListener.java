package vn.ldld.report.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.cloudevents.InvalidEventException;
import vn.ldld.messaging.inbox.ProcessedEvents;
import vn.ldld.report.plan.PlanMessages.PlanContentChanged;
import vn.ldld.report.plan.PlanMessages.PlanEnded;

/**
 * Keeps the plan views up to date from {@code plan-events}: each event once (inbox), read tolerantly (unknown
 * fields and unknown event types are ignored), a record it cannot read goes to the dead-letter topic.
 */
@Component
class PlanEventsListener {

    static final String CONSUMER = "report-service";
    private static final Logger log = LoggerFactory.getLogger(PlanEventsListener.class);

    // the web layer refuses unknown fields; events are read tolerantly, as the contract asks of consumers
    private final JsonMapper reader = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final ProcessedEvents processed;
    private final PlanViews views;

    PlanEventsListener(ProcessedEvents processed, PlanViews views) {
        this.processed = processed;
        this.views = views;
    }

    @KafkaListener(topics = "plan-events")
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        Runnable effect = switch (event.type()) {
            case PlanMessages.PUBLISHED, PlanMessages.AMENDED -> contentChanged(event);
            case PlanMessages.CLOSED -> ended(event, PlanStatus.CLOSED);
            case PlanMessages.CANCELLED -> ended(event, PlanStatus.CANCELLED);
            default -> null;
        };
        if (effect == null) {
            log.atDebug().setMessage("Plan event of an unknown type ignored").addKeyValue("eventType", event.type())
                    .log();
            return;
        }
        processed.once(CONSUMER, event, effect);
    }

    private Runnable contentChanged(InboundEvent event) {
        PlanContentChanged changed = read(event, PlanContentChanged.class);
        PlanView view = toView(changed, event);
        return () -> {
            boolean applied = views.applyContent(view);
            log.atInfo().setMessage(applied ? "Plan view updated" : "Older plan version ignored")
                    .addKeyValue("planId", view.planId()).addKeyValue("planVersion", view.version()).log();
        };
    }

    private Runnable ended(InboundEvent event, PlanStatus status) {
        PlanEnded ended = read(event, PlanEnded.class);
        require(ended.planId() != null, event, "planId");
        var at = status == PlanStatus.CLOSED ? ended.closedAt() : ended.cancelledAt();
        return () -> {
            views.end(ended.planId(), status, at);
            log.atInfo().setMessage("Plan ended").addKeyValue("planId", ended.planId())
                    .addKeyValue("status", status).log();
        };
    }

    private PlanView toView(PlanContentChanged changed, InboundEvent event) {
        require(changed.planId() != null, event, "planId");
        require(changed.version() != null && changed.version() >= 1, event, "version");
        PlanMessages.Snapshot plan = changed.plan();
        require(plan != null && plan.issuer() != null && plan.issuer().code() != null, event, "plan.issuer");
        require(plan.phases() != null && plan.phases().stream().allMatch(
                p -> p != null && p.number() != null && p.reportDeadline() != null), event, "plan.phases");
        List<PhaseView> phases = plan.phases().stream().map(p -> new PhaseView(p.number(), p.reportDeadline()))
                .toList();
        PlanMessages.Template template = plan.template();
        List<IndicatorDefinition> indicators = template == null || template.indicators() == null ? List.of()
                : template.indicators().stream().filter(Objects::nonNull)
                .map(i -> new IndicatorDefinition(i.code(), i.type(), Boolean.TRUE.equals(i.required()))).toList();
        List<SectionDefinition> sections = template == null || template.narrativeSections() == null ? List.of()
                : template.narrativeSections().stream().filter(Objects::nonNull)
                .map(s -> new SectionDefinition(s.code(), Boolean.TRUE.equals(s.required()), s.maxLength()))
                .toList();
        Map<String, UnitRef> mustReport = new LinkedHashMap<>();
        if (plan.recipients() != null) {
            plan.recipients().stream()
                    .filter(r -> r != null && "MUST_REPORT".equals(r.role()) && r.unit() != null
                            && r.unit().code() != null)
                    .forEach(r -> mustReport.put(r.unit().code(), r.unit()));
        }
        String zone = plan.timeZone() == null ? "Asia/Ho_Chi_Minh" : plan.timeZone();
        require(validZone(zone), event, "plan.timeZone");
        return new PlanView(changed.planId(), changed.version(), PlanStatus.PUBLISHED, null, plan.issuer(), zone,
                phases, indicators, sections, mustReport);
    }

    private <T> T read(InboundEvent event, Class<T> type) {
        return event.payloadAs(reader, type);
    }

    private static boolean validZone(String zone) {
        try {
            java.time.ZoneId.of(zone);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static void require(boolean condition, InboundEvent event, String field) {
        if (!condition) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks a valid " + field);
        }
    }
}
