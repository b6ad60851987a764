package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.plan.PlanAmended;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/** {@code plan-amended}: the plan view, if newer. */
@Component
public class PlanAmendedHandler implements EventHandler<PlanAmended> {

    private final PlanViews plans;

    public PlanAmendedHandler(PlanViews plans) {
        this.plans = plans;
    }

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.PLAN_AMENDED);
    }

    @Override
    public Class<PlanAmended> payloadType() {
        return PlanAmended.class;
    }

    @Override
    public void check(PlanAmended amended, InboundEvent event) {
        event.require(amended.planId() != null && amended.plan() != null, "one of: planId, plan");
    }

    @Override
    public void handle(PlanAmended amended, InboundEvent event) {
        plans.on(amended);
    }
}
