package vn.ldld.analytics.summary;

import java.util.List;

/**
 * How far a phase of a plan has got down the levels (plans that cascade): the must-report units of the plan, those
 * of the plans implementing it (a district's kế hoạch triển khai), those of the plans implementing these, and so on,
 * phase {@code n} of each; and each unit of the plan with its own report and the progress of its implementing plan.
 *
 * @param planId the plan
 * @param phase the phase number, the same in every plan of the tree (phase n of an implementing plan feeds phase n)
 * @param number its number and symbol
 * @param title its title
 * @param issuer the unit that issued it
 * @param levels depth 1: the plan's must-report units; depth 2: those of the plans implementing it; and so on, down
 *               to {@link PlanTrees#MAX_DEPTH}, as long as a level has plans
 * @param units the plan's must-report units, in its recipient order
 */
public record PlanTree(String planId, int phase, String number, String title, Issuer issuer, List<Level> levels,
                       List<UnitProgress> units) {

    /** @param code unit code; @param name its name */
    public record Issuer(String code, String name) {
    }

    /**
     * One level of the tree: the must-report units of its plans in phase {@code n}, each counted as in the phase
     * summary ({@link PhaseSummary}).
     *
     * @param depth 1 for the plan's own units, 2 for the units of the plans implementing it, …
     * @param plans how many plans make up the level (every implementing plan counts, cancelled ones do not)
     * @param expected must-report units
     * @param submitted of them, with a report received (in any review state)
     * @param accepted of them, whose report was accepted
     * @param returned of them, whose report was returned and not revised since
     * @param onTime of them, reported on time (after any extension of the deadline: {@link Timeliness})
     * @param late of them, reported late
     */
    public record Level(int depth, int plans, int expected, int submitted, int accepted, int returned, int onTime,
                        int late) {
    }

    /**
     * A must-report unit of the plan.
     *
     * @param unitCode unit code
     * @param unitName its name
     * @param status where its own report stands ({@link UnitStatus})
     * @param onTime whether its report is on time (after any extension), {@code null} when not received
     * @param implementingPlan the progress of the plan it issued to implement this one (the most recently published
     *                         when it issued several), {@code null} when it issued none
     */
    public record UnitProgress(String unitCode, String unitName, UnitStatus status, Boolean onTime,
                               ImplementingPlan implementingPlan) {
    }

    /**
     * Phase {@code n} of a unit's implementing plan: its must-report units, counted as in the phase summary.
     *
     * @param planId the implementing plan
     * @param number its number and symbol
     * @param expected its must-report units
     * @param submitted of them, with a report received
     * @param accepted of them, accepted
     * @param returned of them, returned and not revised since
     * @param onTime of them, on time
     * @param late of them, late
     * @param missing of them, without a report
     */
    public record ImplementingPlan(String planId, String number, int expected, int submitted, int accepted,
                                   int returned, int onTime, int late, int missing) {
    }
}
