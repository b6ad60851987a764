package vn.ldld.report.plan;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;
import vn.ldld.report.plan.PlanMessages.PlanContentChanged;

/**
 * {@code plan-published} and {@code plan-amended}: the plan view takes the plan at its version, if newer; and every
 * version, older or newer, tells its phase deadlines ({@link PhaseDeadlinesSet}) so that reports are re-judged.
 */
@Component
class PlanContentChangedHandler implements EventHandler<PlanContentChanged> {

    private static final Logger log = LoggerFactory.getLogger(PlanContentChangedHandler.class);
    private static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

    private final PlanViews views;
    private final PlanReviewLevels reviewLevels;
    private final ApplicationEventPublisher deadlines;

    PlanContentChangedHandler(PlanViews views, PlanReviewLevels reviewLevels, ApplicationEventPublisher deadlines) {
        this.views = views;
        this.reviewLevels = reviewLevels;
        this.deadlines = deadlines;
    }

    @Override
    public Set<String> types() {
        return Set.of(PlanMessages.PUBLISHED, PlanMessages.AMENDED);
    }

    @Override
    public Class<PlanContentChanged> payloadType() {
        return PlanContentChanged.class;
    }

    @Override
    public void check(PlanContentChanged changed, InboundEvent event) {
        checkContent(changed, event);
    }

    /** What the plan events of every version must hold to be applied. */
    static void checkContent(PlanContentChanged changed, InboundEvent event) {
        event.require(changed.planId() != null, "a valid planId");
        event.require(changed.version() != null && changed.version() >= 1, "a valid version");
        PlanMessages.Snapshot plan = changed.plan();
        event.require(plan != null && plan.issuer() != null && plan.issuer().code() != null, "a valid plan.issuer");
        event.require(plan.phases() != null && plan.phases().stream().allMatch(
                p -> p != null && p.number() != null && p.reportDeadline() != null), "a valid plan.phases");
        event.require(validZone(zone(plan)), "a valid plan.timeZone");
    }

    @Override
    public void handle(PlanContentChanged changed, InboundEvent event) {
        PlanView view = toView(changed);
        // before the view: whoever sees the new view also sees who reviews its reports
        reviewLevels.apply(view.planId(), view.version(), changed.plan().reviewBy());
        // before the view: once a test or a reader sees the version, its reports have been judged again
        deadlines.publishEvent(new PhaseDeadlinesSet(view.planId(), view.version(), view.phases()));
        boolean applied = views.applyContent(view);
        log.atInfo().setMessage(applied ? "Plan view updated" : "Older plan version ignored")
                .addKeyValue("planId", view.planId()).addKeyValue("planVersion", view.version()).log();
    }

    static PlanView toView(PlanContentChanged changed) {
        PlanMessages.Snapshot plan = changed.plan();
        List<PhaseView> phases = plan.phases().stream().map(p -> new PhaseView(p.number(), p.reportDeadline()))
                .toList();
        PlanMessages.Template template = plan.template();
        List<IndicatorDefinition> indicators = template == null || template.indicators() == null ? List.of()
                : template.indicators().stream().filter(Objects::nonNull)
                .map(i -> new IndicatorDefinition(i.code(), i.type(), Boolean.TRUE.equals(i.required()))).toList();
        List<SectionDefinition> sections = template == null || template.narrativeSections() == null ? List.of()
                : template.narrativeSections().stream().filter(Objects::nonNull)
                .map(s -> new SectionDefinition(s.code(), Boolean.TRUE.equals(s.required()), s.maxLength()))
                .toList();
        Map<String, UnitRef> mustReport = new LinkedHashMap<>();
        if (plan.recipients() != null) {
            plan.recipients().stream()
                    .filter(r -> r != null && "MUST_REPORT".equals(r.role()) && r.unit() != null
                            && r.unit().code() != null)
                    .forEach(r -> mustReport.put(r.unit().code(), r.unit()));
        }
        return new PlanView(changed.planId(), changed.version(), PlanStatus.PUBLISHED, null, plan.issuer(),
                zone(plan), phases, indicators, sections, mustReport, false, plan.number(), plan.implementsPlanId());
    }

    private static String zone(PlanMessages.Snapshot plan) {
        return plan.timeZone() == null ? DEFAULT_ZONE : plan.timeZone();
    }

    private static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
