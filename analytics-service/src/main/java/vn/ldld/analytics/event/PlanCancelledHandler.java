package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.plan.PlanCancelled;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/** {@code plan-cancelled}: the plan view ends. */
@Component
public class PlanCancelledHandler implements EventHandler<PlanCancelled> {

    private final PlanViews plans;

    public PlanCancelledHandler(PlanViews plans) {
        this.plans = plans;
    }

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.PLAN_CANCELLED);
    }

    @Override
    public Class<PlanCancelled> payloadType() {
        return PlanCancelled.class;
    }

    @Override
    public void check(PlanCancelled cancelled, InboundEvent event) {
        event.require(cancelled.planId() != null && cancelled.cancelledAt() != null, "one of: planId, cancelledAt");
    }

    @Override
    public void handle(PlanCancelled cancelled, InboundEvent event) {
        plans.on(cancelled);
    }
}
