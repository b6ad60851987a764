package vn.ldld.notification.plan;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;
import vn.ldld.notification.plan.PlanEvents.PlanAmended;

/** {@code plan-amended.v2}, to {@link ListedPlanIntake#amended}; its recipients follow in chunks. */
@Component
class PlanAmendedV2Handler implements EventHandler<PlanAmended> {

    private final ListedPlanIntake intake;

    PlanAmendedV2Handler(ListedPlanIntake intake) {
        this.intake = intake;
    }

    @Override
    public Set<String> types() {
        return Set.of(PlanEvents.AMENDED_V2);
    }

    @Override
    public Class<PlanAmended> payloadType() {
        return PlanAmended.class;
    }

    @Override
    public void check(PlanAmended event, InboundEvent inbound) {
        inbound.require(event.planId() != null && event.plan() != null && event.plan().phases() != null
                && event.plan().recipientSummary() != null && event.changes() != null,
                "plan with phases and recipientSummary, and changes");
    }

    @Override
    public void handle(PlanAmended event, InboundEvent inbound) {
        intake.amended(event, inbound.metadata().time());
    }
}
