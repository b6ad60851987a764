package vn.ldld.report.plan;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;
import vn.ldld.report.plan.PlanMessages.PlanContentChanged;

/**
 * {@code plan-published.v2} and {@code plan-amended.v2}: the plan view takes the plan at its version, if newer, with
 * its recipients listed apart; they follow in {@code plan-recipients-listed} chunks ({@link RecipientsListedHandler}).
 * The units of a plan known from v1 events move from its view to {@link PlanRecipients} at their old version, so
 * they may report until the last chunk of the new version says who stays.
 */
@Component
class PlanContentListedHandler implements EventHandler<PlanContentChanged> {

    private static final Logger log = LoggerFactory.getLogger(PlanContentListedHandler.class);

    private final PlanViews views;
    private final PlanRecipients recipients;
    private final PlanReviewLevels reviewLevels;
    private final ApplicationEventPublisher deadlines;

    PlanContentListedHandler(PlanViews views, PlanRecipients recipients, PlanReviewLevels reviewLevels,
                             ApplicationEventPublisher deadlines) {
        this.views = views;
        this.recipients = recipients;
        this.reviewLevels = reviewLevels;
        this.deadlines = deadlines;
    }

    @Override
    public Set<String> types() {
        return Set.of(PlanMessages.PUBLISHED_V2, PlanMessages.AMENDED_V2);
    }

    @Override
    public Class<PlanContentChanged> payloadType() {
        return PlanContentChanged.class;
    }

    @Override
    public void check(PlanContentChanged changed, InboundEvent event) {
        PlanContentChangedHandler.checkContent(changed, event);
        PlanMessages.RecipientSummary summary = changed.plan().recipientSummary();
        event.require(summary != null && summary.chunks() != null && summary.chunks() >= 0,
                "a valid plan.recipientSummary");
    }

    @Override
    public void handle(PlanContentChanged changed, InboundEvent event) {
        Optional<PlanView> before = views.find(changed.planId());
        before.filter(v -> !v.recipientsListed() && v.mustReport() != null && v.version() < changed.version())
                .ifPresent(v1 -> {
                    recipients.keepApart(v1.planId(), v1.version(), v1.mustReport().values());
                    views.recipientsChanged(v1.planId());
                });
        PlanView view = PlanContentChangedHandler.toView(changed).listedApart();
        // before the view, as for v1 events: whoever sees the new view also sees who reviews its reports, and its
        // reports have been judged again against the version's deadlines
        reviewLevels.apply(view.planId(), view.version(), changed.plan().reviewBy());
        deadlines.publishEvent(new PhaseDeadlinesSet(view.planId(), view.version(), view.phases()));
        boolean applied = views.applyContent(view);
        if (applied && changed.plan().recipientSummary().chunks() == 0) {
            // no chunk follows to say who stays: nobody of an older version does
            recipients.dropOlderThan(view.planId(), view.version());
            views.recipientsChanged(view.planId());
        }
        log.atInfo().setMessage(applied ? "Plan view updated" : "Older plan version ignored")
                .addKeyValue("planId", view.planId()).addKeyValue("planVersion", view.version())
                .addKeyValue("mustReport", changed.plan().recipientSummary().mustReport()).log();
    }
}
