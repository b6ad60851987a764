package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.plan.PlanPublished;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/** {@code plan-published}: the plan view. */
@Component
public class PlanPublishedHandler implements EventHandler<PlanPublished> {

    private final PlanViews plans;

    public PlanPublishedHandler(PlanViews plans) {
        this.plans = plans;
    }

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.PLAN_PUBLISHED);
    }

    @Override
    public Class<PlanPublished> payloadType() {
        return PlanPublished.class;
    }

    @Override
    public void check(PlanPublished published, InboundEvent event) {
        event.require(published.planId() != null && published.plan() != null, "one of: planId, plan");
    }

    @Override
    public void handle(PlanPublished published, InboundEvent event) {
        plans.on(published);
    }
}
