package vn.ldld.notification.plan;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;
import vn.ldld.notification.plan.PlanEvents.PlanPublished;

/** {@code plan-published.v2}, to {@link ListedPlanIntake#published}; its recipients follow in chunks. */
@Component
class PlanPublishedV2Handler implements EventHandler<PlanPublished> {

    private final ListedPlanIntake intake;

    PlanPublishedV2Handler(ListedPlanIntake intake) {
        this.intake = intake;
    }

    @Override
    public Set<String> types() {
        return Set.of(PlanEvents.PUBLISHED_V2);
    }

    @Override
    public Class<PlanPublished> payloadType() {
        return PlanPublished.class;
    }

    @Override
    public void check(PlanPublished event, InboundEvent inbound) {
        inbound.require(event.planId() != null && event.plan() != null && event.plan().phases() != null
                && event.plan().recipientSummary() != null, "plan with phases and recipientSummary");
    }

    @Override
    public void handle(PlanPublished event, InboundEvent inbound) {
        intake.published(event, inbound.metadata().time());
    }
}
