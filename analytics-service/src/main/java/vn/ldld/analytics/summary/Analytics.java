package vn.ldld.analytics.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.ldld.analytics.notice.Notices;
import vn.ldld.analytics.plan.Phase;
import vn.ldld.analytics.plan.PlanView;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.analytics.report.ReportFact;
import vn.ldld.analytics.report.ReportFacts;

/** Loads the read models of a plan and analyses them. */
@Service
public class Analytics {

    private final PlanViews plans;
    private final ReportFacts reports;
    private final Notices notices;

    public Analytics(PlanViews plans, ReportFacts reports, Notices notices) {
        this.plans = plans;
        this.reports = reports;
        this.notices = notices;
    }

    /**
     * The analysis of one phase.
     *
     * @throws PlanNotKnownException when no version of the plan is known
     * @throws PhaseNotFoundException when the plan has no such phase
     */
    public PhaseAnalysis phase(String planId, int phaseNumber) {
        PlanView plan = known(planId);
        Phase phase = plan.content().phase(phaseNumber)
                .orElseThrow(() -> new PhaseNotFoundException(planId, phaseNumber));
        return analyse(plan, phase);
    }

    /** The analysis of phase {@code phaseNumber} of a known plan, empty when the plan has no such phase. */
    public Optional<PhaseAnalysis> phase(PlanView plan, int phaseNumber) {
        return plan.content().phase(phaseNumber).map(phase -> analyse(plans.withRecipients(plan), phase));
    }

    /** The analysis of every phase of a known plan, in phase order. */
    public List<PhaseAnalysis> phases(PlanView plan) {
        PlanView withRecipients = plans.withRecipients(plan);
        return plan.content().phases().stream().map(phase -> analyse(withRecipients, phase)).toList();
    }

    /**
     * The summary of every phase of a known plan, in phase order: the reports read without their values and texts,
     * which a summary does not show.
     */
    public List<PhaseSummary> summaries(PlanView plan) {
        PlanView withRecipients = plans.withRecipients(plan);
        return plan.content().phases().stream().map(phase -> PhaseAnalysis.of(withRecipients, phase,
                reports.withoutContent(plan.planId(), phase.number()), notices.overdue(plan.planId(), phase.number()),
                notices.reminders(plan.planId(), phase.number())).summary()).toList();
    }

    /**
     * Every phase of a plan and its totals over all phases.
     *
     * @throws PlanNotKnownException when no version of the plan is known
     */
    public PlanReport plan(String planId) {
        PlanView plan = known(planId);
        List<PhaseReport> phases = new ArrayList<>();
        List<ReportFact> all = new ArrayList<>();
        for (PhaseAnalysis analysis : phases(plan)) {
            phases.add(new PhaseReport(analysis.summary(), analysis.totals(), analysis.rollups()));
            all.addAll(analysis.countedReports());
        }
        return new PlanReport(plan.planId(), plan.content().number(), plan.content().title(), plan.version(),
                plan.status().name(), phases, Totals.of(plan.content().template().indicators(), all));
    }

    /** Plans still running: known, neither closed nor cancelled. */
    public List<PlanView> activePlans() {
        return plans.active();
    }

    private PlanView known(String planId) {
        return plans.find(planId).filter(p -> p.content() != null).map(plans::withRecipients)
                .orElseThrow(() -> new PlanNotKnownException(planId));
    }

    private PhaseAnalysis analyse(PlanView plan, Phase phase) {
        return PhaseAnalysis.of(plan, phase, reports.of(plan.planId(), phase.number()),
                notices.overdue(plan.planId(), phase.number()), notices.reminders(plan.planId(), phase.number()));
    }
}
