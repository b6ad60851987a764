package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.plan.PlanClosed;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/** {@code plan-closed}: the plan view ends. */
@Component
public class PlanClosedHandler implements EventHandler<PlanClosed> {

    private final PlanViews plans;

    public PlanClosedHandler(PlanViews plans) {
        this.plans = plans;
    }

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.PLAN_CLOSED);
    }

    @Override
    public Class<PlanClosed> payloadType() {
        return PlanClosed.class;
    }

    @Override
    public void check(PlanClosed closed, InboundEvent event) {
        event.require(closed.planId() != null && closed.closedAt() != null, "one of: planId, closedAt");
    }

    @Override
    public void handle(PlanClosed closed, InboundEvent event) {
        plans.on(closed);
    }
}
