package vn.ldld.notification.plan;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;
import vn.ldld.notification.plan.PlanEvents.PlanEnded;
import vn.ldld.notification.schedule.NotificationKind;

/** {@code plan-closed} and {@code plan-cancelled}, to {@link PlanIntake#ended}. */
@Component
class PlanEndedHandler implements EventHandler<PlanEnded> {

    private final PlanIntake intake;

    PlanEndedHandler(PlanIntake intake) {
        this.intake = intake;
    }

    @Override
    public Set<String> types() {
        return Set.of(PlanEvents.CLOSED, PlanEvents.CANCELLED);
    }

    @Override
    public Class<PlanEnded> payloadType() {
        return PlanEnded.class;
    }

    @Override
    public void check(PlanEnded event, InboundEvent inbound) {
        inbound.require(event.planId() != null && event.reason() != null, "planId and reason");
    }

    @Override
    public void handle(PlanEnded event, InboundEvent inbound) {
        NotificationKind kind = PlanEvents.CLOSED.equals(inbound.type()) ? NotificationKind.PLAN_CLOSED
                : NotificationKind.PLAN_CANCELLED;
        intake.ended(event, kind, inbound.metadata().time());
    }
}
