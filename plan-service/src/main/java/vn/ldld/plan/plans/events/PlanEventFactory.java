package vn.ldld.plan.plans.events;

import org.springframework.stereotype.Component;

import vn.ldld.messaging.outbox.EventFactory;
import vn.ldld.messaging.outbox.OutboxEvent;
import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.PlanEvents;

/** The plan events as the contracts describe them, keyed by the plan id. */
@Component
class PlanEventFactory implements PlanEvents {

    private final EventFactory events;

    PlanEventFactory(EventFactory events) {
        this.events = events;
    }

    @Override
    public OutboxEvent published(Plan plan) {
        return events.create(PlanPublished.TOPIC, PlanPublished.TYPE, plan.id(), PlanPublished.of(plan));
    }

    @Override
    public OutboxEvent amended(Plan plan) {
        return events.create(PlanAmended.TOPIC, PlanAmended.TYPE, plan.id(), PlanAmended.of(plan));
    }

    @Override
    public OutboxEvent closed(Plan plan) {
        return events.create(PlanClosed.TOPIC, PlanClosed.TYPE, plan.id(), PlanClosed.of(plan));
    }

    @Override
    public OutboxEvent cancelled(Plan plan) {
        return events.create(PlanCancelled.TOPIC, PlanCancelled.TYPE, plan.id(), PlanCancelled.of(plan));
    }
}
