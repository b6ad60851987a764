package vn.ldld.notification.plan;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;
import vn.ldld.notification.plan.PlanEvents.RecipientsListed;

/** {@code plan-recipients-listed}, to {@link ListedPlanIntake#listed}. */
@Component
class RecipientsListedHandler implements EventHandler<RecipientsListed> {

    private final ListedPlanIntake intake;

    RecipientsListedHandler(ListedPlanIntake intake) {
        this.intake = intake;
    }

    @Override
    public Set<String> types() {
        return Set.of(PlanEvents.RECIPIENTS_LISTED);
    }

    @Override
    public Class<RecipientsListed> payloadType() {
        return RecipientsListed.class;
    }

    @Override
    public void check(RecipientsListed event, InboundEvent inbound) {
        inbound.require(event.planId() != null && event.version() >= 1, "planId and version");
        inbound.require(event.chunk() >= 1 && event.chunk() <= event.chunks(), "a valid chunk of chunks");
        inbound.require(event.recipients() != null && event.recipients().stream().allMatch(r -> r != null
                && r.unit() != null && r.unit().code() != null && r.role() != null), "valid recipients");
    }

    @Override
    public void handle(RecipientsListed event, InboundEvent inbound) {
        intake.listed(event, inbound.metadata().time());
    }
}
