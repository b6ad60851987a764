package vn.ldld.notification.plan;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;
import vn.ldld.notification.plan.PlanEvents.PlanPublished;

/** {@code plan-published}, to {@link PlanIntake#published}. */
@Component
class PlanPublishedHandler implements EventHandler<PlanPublished> {

    private final PlanIntake intake;

    PlanPublishedHandler(PlanIntake intake) {
        this.intake = intake;
    }

    @Override
    public Set<String> types() {
        return Set.of(PlanEvents.PUBLISHED);
    }

    @Override
    public Class<PlanPublished> payloadType() {
        return PlanPublished.class;
    }

    @Override
    public void check(PlanPublished event, InboundEvent inbound) {
        inbound.require(event.planId() != null && event.plan() != null && event.plan().phases() != null
                && event.plan().recipients() != null, "plan with phases and recipients");
    }

    @Override
    public void handle(PlanPublished event, InboundEvent inbound) {
        intake.published(event, inbound.metadata().time());
    }
}
