package vn.ldld.analytics.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.ldld.analytics.plan.PlanContent;
import vn.ldld.analytics.plan.PlanView;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.analytics.unit.Unit;

/**
 * The tree of a phase ({@link PlanTree}): the phase analysis of the plan, then level by level that of the plans
 * implementing the plans of the level above (found by their indexed {@code implementsPlanId}, one query per level).
 */
@Service
public class PlanTrees {

    /** How many levels the tree goes down at most: province, district, grassroots union and two more. */
    public static final int MAX_DEPTH = 5;

    private final Analytics analytics;
    private final PlanViews plans;

    public PlanTrees(Analytics analytics, PlanViews plans) {
        this.analytics = analytics;
        this.plans = plans;
    }

    /**
     * The tree of phase {@code phaseNumber} of plan {@code planId}.
     *
     * @throws PlanNotKnownException when no version of the plan is known
     * @throws PhaseNotFoundException when the plan has no such phase
     */
    public PlanTree of(String planId, int phaseNumber) {
        PhaseAnalysis top = analytics.phase(planId, phaseNumber);
        List<PlanTree.Level> levels = new ArrayList<>(List.of(level(1, List.of(top))));
        Map<String, PhaseAnalysis> latestByIssuer = new HashMap<>();
        Set<String> seen = new HashSet<>(Set.of(planId));
        List<String> above = List.of(planId);
        for (int depth = 2; depth <= MAX_DEPTH && !above.isEmpty(); depth++) {
            List<PhaseAnalysis> level = new ArrayList<>();
            // the most recently published first: the first of each issuer is the one its row shows
            for (PlanView plan : plans.implementing(above)) {
                if (plan.content() != null && seen.add(plan.planId())) {
                    analytics.phase(plan, phaseNumber).ifPresent(level::add);
                }
            }
            if (level.isEmpty()) {
                break;
            }
            levels.add(level(depth, level));
            if (depth == 2) {
                level.forEach(analysis -> issuerCode(analysis.plan().content())
                        .ifPresent(code -> latestByIssuer.putIfAbsent(code, analysis)));
            }
            above = level.stream().map(analysis -> analysis.plan().planId()).toList();
        }
        PlanContent content = top.plan().content();
        Unit issuer = content.issuer();
        return new PlanTree(planId, phaseNumber, content.number(), content.title(),
                issuer == null ? null : new PlanTree.Issuer(issuer.code(), issuer.name()), levels,
                top.units().stream().map(row -> new PlanTree.UnitProgress(row.code(), row.name(), row.status(),
                        row.onTime(), implementingPlan(latestByIssuer.get(row.code())))).toList());
    }

    private static PlanTree.Level level(int depth, List<PhaseAnalysis> analyses) {
        int expected = 0;
        int submitted = 0;
        int accepted = 0;
        int returned = 0;
        int onTime = 0;
        int late = 0;
        for (PhaseAnalysis analysis : analyses) {
            PhaseSummary summary = analysis.summary();
            expected += summary.expected();
            submitted += summary.submitted();
            accepted += summary.accepted();
            returned += summary.returned();
            onTime += summary.onTime();
            late += summary.late();
        }
        return new PlanTree.Level(depth, analyses.size(), expected, submitted, accepted, returned, onTime, late);
    }

    private static PlanTree.ImplementingPlan implementingPlan(PhaseAnalysis analysis) {
        if (analysis == null) {
            return null;
        }
        PhaseSummary summary = analysis.summary();
        return new PlanTree.ImplementingPlan(summary.planId(), summary.planNumber(), summary.expected(),
                summary.submitted(), summary.accepted(), summary.returned(), summary.onTime(), summary.late(),
                summary.missing());
    }

    private static Optional<String> issuerCode(PlanContent content) {
        return Optional.ofNullable(content.issuer()).map(Unit::code);
    }
}
