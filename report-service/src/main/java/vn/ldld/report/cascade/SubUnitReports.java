package vn.ldld.report.cascade;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;

import vn.ldld.report.cascade.DistrictReport.ImplementingPlan;
import vn.ldld.report.cascade.DistrictReport.NotAccepted;
import vn.ldld.report.cascade.DistrictReport.Source;
import vn.ldld.report.plan.PlanView;
import vn.ldld.report.plan.PlanViews;
import vn.ldld.report.plan.UnitRef;
import vn.ldld.report.reports.Report;
import vn.ldld.report.reports.ReportQueries;
import vn.ldld.report.reports.ReportStatus;
import vn.ldld.report.reports.Review;
import vn.ldld.web.NotFoundException;

/**
 * Pre-fills a unit's report on phase n of a plan from its sub-units' accepted reports on phase n of the unit's
 * implementing plans of that plan. Cost: one indexed query for the implementing plans, then per implementing plan
 * one query of its phase's reports and one of its must-report units, whatever the number of sub-units.
 */
@Service
public class SubUnitReports {

    /** Units in the order of their names as Vietnamese sorts them, then by code. */
    private static final Comparator<UnitRef> BY_NAME = byName();

    private final PlanViews plans;
    private final ReportQueries reports;

    SubUnitReports(PlanViews plans, ReportQueries reports) {
        this.plans = plans;
        this.reports = reports;
    }

    /**
     * @param unitCode the unit that reports, already allowed to the caller
     * @throws NotFoundException the plan is unknown, does not address the unit as a must-report unit, or has no
     *         such phase
     */
    public DistrictReport prefill(String planId, int phase, String unitCode) {
        PlanView plan = plans.forUnit(planId, unitCode).filter(PlanView::hasContent)
                .orElseThrow(SubUnitReports::planNotFound);
        UnitRef unit = plan.mustReportUnit(unitCode).orElseThrow(SubUnitReports::planNotFound);
        if (plan.phase(phase).isEmpty()) {
            throw new NotFoundException("Phase not found", "phase", "The plan has no phase " + phase);
        }
        List<ImplementingPlan> implementing = new ArrayList<>();
        List<Report> accepted = new ArrayList<>();
        List<NotAccepted> notAccepted = new ArrayList<>();
        for (PlanView implementation : plans.implementing(planId, unitCode)) {
            implementing.add(new ImplementingPlan(implementation.planId(), implementation.number()));
            if (implementation.phase(phase).isPresent()) {
                collect(implementation, phase, accepted, notAccepted);
            }
        }
        accepted.sort(Comparator.comparing(Report::unit, BY_NAME).thenComparing(Report::planId));
        notAccepted.sort(Comparator.comparing(NotAccepted::unit, BY_NAME).thenComparing(NotAccepted::planId));
        Totals totals = new Totals(plan.indicators(), plan.sections());
        accepted.forEach(r -> totals.add(r.unit().name(), r.current().values(), r.current().narrative()));
        return new DistrictReport(planId, phase, unit, implementing, totals.values(), totals.narrative(),
                accepted.stream().map(SubUnitReports::source).toList(), notAccepted);
    }

    /** The accepted reports of the implementing plan's phase, and its must-report units without one. */
    private void collect(PlanView implementation, int phase, List<Report> accepted, List<NotAccepted> notAccepted) {
        Map<String, Report> byUnit = new HashMap<>();
        for (Report report : reports.inPhase(implementation.planId(), phase)) {
            byUnit.put(report.unit().code(), report);
            if (report.status() == ReportStatus.ACCEPTED) {
                accepted.add(report);
            }
        }
        for (UnitRef unit : plans.mustReportUnits(implementation)) {
            Report report = byUnit.get(unit.code());
            if (report == null || report.status() != ReportStatus.ACCEPTED) {
                notAccepted.add(new NotAccepted(unit, implementation.planId(), status(report)));
            }
        }
    }

    private static String status(Report report) {
        if (report == null) {
            return "NOT_SUBMITTED";
        }
        return report.status() == ReportStatus.RETURNED ? "RETURNED" : "SUBMITTED";
    }

    private static Source source(Report report) {
        Review review = report.lastReview();
        return new Source(report.unit(), report.planId(), report.id(), report.revision(),
                review == null ? null : review.at());
    }

    private static NotFoundException planNotFound() {
        // the same answer whether the plan is unknown or does not address the unit: nothing of it is revealed
        return new NotFoundException("Plan not found", "planId", "No published plan with this id addresses the unit");
    }

    private static Comparator<UnitRef> byName() {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        Comparator<String> names = (a, b) -> vietnamese.compare(a, b);
        return Comparator.comparing((UnitRef u) -> Objects.requireNonNullElse(u.name(), u.code()), names)
                .thenComparing(UnitRef::code);
    }
}
