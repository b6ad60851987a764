package vn.ldld.analytics.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;

import vn.ldld.analytics.plan.Phase;
import vn.ldld.analytics.plan.PlanContent;
import vn.ldld.analytics.plan.PlanView;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.analytics.plan.Recipient;
import vn.ldld.analytics.report.ParentReview;
import vn.ldld.analytics.report.ParentReviews;
import vn.ldld.analytics.report.ReportFact;
import vn.ldld.analytics.report.ReportFacts;
import vn.ldld.analytics.report.ReportStatus;
import vn.ldld.analytics.unit.Unit;

/** Per parent unit, the reports of its units: submitted, accepted and returned by the parent, awaiting review. */
@Service
public class ParentReviewAnalysis {

    private final PlanViews plans;
    private final ReportFacts reports;
    private final ParentReviews reviews;

    public ParentReviewAnalysis(PlanViews plans, ReportFacts reports, ParentReviews reviews) {
        this.plans = plans;
        this.reports = reports;
        this.reviews = reviews;
    }

    /**
     * The phase's review by the parent units.
     *
     * @throws PlanNotKnownException when no version of the plan is known
     * @throws PhaseNotFoundException when the plan has no such phase
     */
    public ParentReviewSummary of(String planId, int phaseNumber) {
        PlanView plan = plans.find(planId).filter(p -> p.content() != null)
                .orElseThrow(() -> new PlanNotKnownException(planId));
        PlanContent content = plan.content();
        Phase phase = content.phase(phaseNumber).orElseThrow(() -> new PhaseNotFoundException(planId, phaseNumber));
        Map<String, ReportFact> byUnit = new HashMap<>();
        reports.of(planId, phase.number()).forEach(r -> byUnit.put(r.unit().code(), r));
        Map<String, ParentReview> decided = new HashMap<>();
        reviews.of(planId, phase.number()).forEach(r -> decided.put(r.unitCode(), r));
        Map<String, String> names = new HashMap<>();
        content.recipients().stream().map(Recipient::unit).forEach(u -> names.put(u.code(), u.displayName()));
        String issuer = content.issuer() == null ? null : content.issuer().code();

        Map<String, List<Unit>> below = new LinkedHashMap<>();
        for (Unit unit : content.mustReport()) {
            if (unit.parentCode() != null && !Objects.equals(unit.parentCode(), issuer)) {
                below.computeIfAbsent(unit.parentCode(), code -> new ArrayList<>()).add(unit);
            }
        }
        List<ParentReviewRow> rows = new ArrayList<>();
        below.forEach((parent, units) -> {
            int submitted = 0;
            int accepted = 0;
            int returned = 0;
            int awaiting = 0;
            for (Unit unit : units) {
                ReportFact report = byUnit.get(unit.code());
                ParentReview review = decided.get(unit.code());
                if (report != null && report.received()) {
                    submitted++;
                    ReportStatus status = report.status();
                    if (status == ReportStatus.SUBMITTED || status == ReportStatus.RESUBMITTED) {
                        awaiting++;
                    }
                }
                if (review != null && review.accepted()) {
                    accepted++;
                }
                if (review != null && review.everReturned()) {
                    returned++;
                }
            }
            rows.add(new ParentReviewRow(parent, names.getOrDefault(parent, parent), units.size(), submitted,
                    accepted, returned, awaiting));
        });
        return new ParentReviewSummary(planId, phase.number(),
                "PARENT".equals(content.reviewBy()) ? "PARENT" : "PROVINCE", rows);
    }
}
