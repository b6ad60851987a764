package vn.ldld.plan.plans.events;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ldld.messaging.outbox.EventFactory;
import vn.ldld.messaging.outbox.OutboxEvent;
import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.PlanEvents;
import vn.ldld.plan.plans.ResolvedRecipients;

/** The plan events as the contracts describe them, keyed by the plan id. */
@Component
class PlanEventFactory implements PlanEvents {

    private final EventFactory events;

    PlanEventFactory(EventFactory events) {
        this.events = events;
    }

    @Override
    public List<OutboxEvent> published(Plan plan, ResolvedRecipients recipients) {
        return withRecipients(events.create(PlanPublishedV2.TOPIC, PlanPublishedV2.TYPE, plan.id(),
                PlanPublishedV2.of(plan, recipients)), plan, recipients);
    }

    @Override
    public List<OutboxEvent> amended(Plan plan, ResolvedRecipients recipients) {
        return withRecipients(events.create(PlanAmendedV2.TOPIC, PlanAmendedV2.TYPE, plan.id(),
                PlanAmendedV2.of(plan, recipients)), plan, recipients);
    }

    private List<OutboxEvent> withRecipients(OutboxEvent planEvent, Plan plan, ResolvedRecipients recipients) {
        List<OutboxEvent> all = new ArrayList<>();
        all.add(planEvent);
        PlanRecipientsListed.of(plan, recipients).forEach(chunk -> all.add(
                events.create(PlanRecipientsListed.TOPIC, PlanRecipientsListed.TYPE, plan.id(), chunk)));
        return all;
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
