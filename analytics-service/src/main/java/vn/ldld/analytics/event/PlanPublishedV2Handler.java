package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.plan.PlanPublished;
import vn.ldld.analytics.plan.PlanRecipients;
import vn.ldld.analytics.plan.PlanView;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/**
 * {@code plan-published.v2}: the plan view, expecting {@code recipientSummary.mustReport} units; who they are follows
 * in {@code plan-recipients-listed} chunks ({@link PlanRecipientsListedHandler}).
 */
@Component
public class PlanPublishedV2Handler implements EventHandler<PlanPublished> {

    private final PlanViews plans;
    private final PlanRecipients recipients;

    public PlanPublishedV2Handler(PlanViews plans, PlanRecipients recipients) {
        this.plans = plans;
        this.recipients = recipients;
    }

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.PLAN_PUBLISHED_V2);
    }

    @Override
    public Class<PlanPublished> payloadType() {
        return PlanPublished.class;
    }

    @Override
    public void check(PlanPublished published, InboundEvent event) {
        event.require(published.planId() != null && published.plan() != null, "one of: planId, plan");
        event.require(published.plan().recipientSummary() != null, "plan.recipientSummary");
    }

    @Override
    public void handle(PlanPublished published, InboundEvent event) {
        PlanView view = plans.onListed(published);
        if (published.plan().recipientSummary().chunks() == 0 && view.version() == published.plan().version()) {
            // no chunk follows to say who stays: nobody of an older version does
            recipients.dropOlderThan(published.planId(), view.version());
        }
    }
}
