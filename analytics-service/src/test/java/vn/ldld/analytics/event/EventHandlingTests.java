package vn.ldld.analytics.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ldld.analytics.Events.PLAN_ID;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.analytics.Events;
import vn.ldld.analytics.ReadModels;
import vn.ldld.analytics.summary.PhaseSummary;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.cloudevents.InvalidEventException;
import vn.ldld.messaging.consumer.EventHandlers;

/** The handlers of every event type analytics applies, as the listener dispatches to them. */
class EventHandlingTests {

    private final ReadModels models = new ReadModels();
    private final EventHandlers handlers = models.handlers;

    @Test
    void readsTolerantlyFieldsAndValuesAddedLater() {
        ObjectNode published = Events.example("plan-published").put("channel", "web");
        ObjectNode plan = (ObjectNode) published.get("plan");
        plan.put("attachments", 2);
        ((ArrayNode) plan.get("recipients")).addObject().put("role", "OBSERVER")
                .set("unit", Events.district("LDLD-XX", "Liên đoàn Lao động thử nghiệm"));
        ((ArrayNode) plan.get("template").get("indicators")).addObject().put("code", "SATISFACTION")
                .put("label", "Mức độ hài lòng").put("type", "PERCENT").put("unitOfMeasure", "%").put("required", false);

        boolean applied = handlers.apply(raw("vn.ldld.plan.published.v1", published.toString()));

        assertThat(applied).isTrue();
        PhaseSummary summary = models.analytics.phase(PLAN_ID, 1).summary();
        assertThat(summary.expected()).isEqualTo(10);
        assertThat(models.analytics.phase(PLAN_ID, 1).totals()).hasSize(11);
    }

    @Test
    void skipsTypesItDoesNotUse() {
        assertThat(handlers.apply(raw("vn.ldld.plan.drafted.v1", "{\"planId\":\"" + PLAN_ID + "\"}"))).isFalse();
        // the collection exists from the start (its indexes): nothing is written to it
        assertThat(models.mongo.count(new org.springframework.data.mongodb.core.query.Query(), "plans")).isZero();
    }

    @Test
    void anEventItCannotReadIsInvalid() {
        assertThatThrownBy(() -> handlers.apply(raw("vn.ldld.report.submitted.v1", "{\"reportId\":\"x\"}")))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("planId");
        assertThatThrownBy(() -> handlers.apply(raw("vn.ldld.plan.published.v1", "{not json")))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unreadable");
        assertThatThrownBy(() -> handlers.apply(raw("vn.ldld.report.accepted.v1", "{\"revision\":\"two\"}")))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void anOlderPlanVersionArrivingLateDoesNotUndoTheAmendment() {
        models.deliver(List.of(Events.amendedV2(), Events.published()));

        PhaseSummary summary = models.analytics.phase(PLAN_ID, 1).summary();

        assertThat(summary.planVersion()).isEqualTo(2);
        assertThat(summary.expected()).isEqualTo(11);
        assertThat(summary.reportDeadline()).isEqualTo(Events.DEADLINE_V2);
    }

    private static InboundEvent raw(String type, String payload) {
        String id = UUID.randomUUID().toString();
        return new InboundEvent(new EventMetadata(id, type, "/test", PLAN_ID, Instant.now(), null), "plan-events", 0,
                0, PLAN_ID, payload);
    }
}
