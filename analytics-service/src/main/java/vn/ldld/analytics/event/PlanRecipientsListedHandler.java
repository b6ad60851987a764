package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.plan.PlanRecipients;
import vn.ldld.analytics.plan.PlanRecipientsListed;
import vn.ldld.analytics.plan.PlanView;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/**
 * {@code plan-recipients-listed}: the listed units are expected (one bulk write of upserts per chunk); the last chunk
 * of a version drops the units no longer listed, which are then no longer expected. A chunk of a version older than
 * the plan view's is ignored.
 */
@Component
public class PlanRecipientsListedHandler implements EventHandler<PlanRecipientsListed> {

    private final PlanViews plans;
    private final PlanRecipients recipients;

    public PlanRecipientsListedHandler(PlanViews plans, PlanRecipients recipients) {
        this.plans = plans;
        this.recipients = recipients;
    }

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.PLAN_RECIPIENTS_LISTED);
    }

    @Override
    public Class<PlanRecipientsListed> payloadType() {
        return PlanRecipientsListed.class;
    }

    @Override
    public void check(PlanRecipientsListed listed, InboundEvent event) {
        event.require(listed.planId() != null && listed.version() >= 1, "planId and version");
        event.require(listed.chunk() >= 1 && listed.chunk() <= listed.chunks(), "a valid chunk of chunks");
        event.require(listed.recipients() != null && listed.recipients().stream().allMatch(r -> r != null
                && r.unit() != null && r.unit().code() != null && r.role() != null), "valid recipients");
    }

    @Override
    public void handle(PlanRecipientsListed listed, InboundEvent event) {
        if (plans.find(listed.planId()).map(PlanView::version).orElse(0) > listed.version()) {
            return;
        }
        recipients.list(listed);
        if (listed.last()) {
            recipients.dropOlderThan(listed.planId(), listed.version());
        }
    }
}
