package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.plan.PlanAmended;
import vn.ldld.analytics.plan.PlanRecipients;
import vn.ldld.analytics.plan.PlanView;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/**
 * {@code plan-amended.v2}: the plan view, if newer; the units expected are those its
 * {@code plan-recipients-listed} chunks list ({@link PlanRecipientsListedHandler}).
 */
@Component
public class PlanAmendedV2Handler implements EventHandler<PlanAmended> {

    private final PlanViews plans;
    private final PlanRecipients recipients;

    public PlanAmendedV2Handler(PlanViews plans, PlanRecipients recipients) {
        this.plans = plans;
        this.recipients = recipients;
    }

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.PLAN_AMENDED_V2);
    }

    @Override
    public Class<PlanAmended> payloadType() {
        return PlanAmended.class;
    }

    @Override
    public void check(PlanAmended amended, InboundEvent event) {
        event.require(amended.planId() != null && amended.plan() != null, "one of: planId, plan");
        event.require(amended.plan().recipientSummary() != null, "plan.recipientSummary");
    }

    @Override
    public void handle(PlanAmended amended, InboundEvent event) {
        PlanView view = plans.onListed(amended);
        if (amended.plan().recipientSummary().chunks() == 0 && view.version() == amended.plan().version()) {
            // no chunk follows to say who stays: nobody of an older version does
            recipients.dropOlderThan(amended.planId(), view.version());
        }
    }
}
