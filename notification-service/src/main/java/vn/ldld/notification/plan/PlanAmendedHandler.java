package vn.ldld.notification.plan;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;
import vn.ldld.notification.plan.PlanEvents.PlanAmended;

/** {@code plan-amended}, to {@link PlanIntake#amended}. */
@Component
class PlanAmendedHandler implements EventHandler<PlanAmended> {

    private final PlanIntake intake;

    PlanAmendedHandler(PlanIntake intake) {
        this.intake = intake;
    }

    @Override
    public Set<String> types() {
        return Set.of(PlanEvents.AMENDED);
    }

    @Override
    public Class<PlanAmended> payloadType() {
        return PlanAmended.class;
    }

    @Override
    public void check(PlanAmended event, InboundEvent inbound) {
        inbound.require(event.planId() != null && event.plan() != null && event.plan().phases() != null
                && event.plan().recipients() != null && event.changes() != null, "plan and changes");
    }

    @Override
    public void handle(PlanAmended event, InboundEvent inbound) {
        intake.amended(event, inbound.metadata().time());
    }
}
