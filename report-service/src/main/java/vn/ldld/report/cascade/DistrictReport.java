package vn.ldld.report.cascade;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.ldld.report.plan.UnitRef;

/**
 * A unit's report on one phase of a plan, pre-filled from its sub-units' accepted reports in the unit's implementing
 * plans of that plan (phase n of each feeds phase n of the plan).
 *
 * @param planId the plan reported on
 * @param phase the phase number
 * @param unit the unit that reports (the district), as the plan names it
 * @param implementingPlans the unit's implementing plans of the plan, cancelled ones left out
 * @param values indicator values of the plan's template: whole numbers and decimals summed exactly, texts listed by
 *               unit; an indicator no source gave is absent
 * @param narrative section texts of the plan's template listed by unit; a section no source wrote is absent
 * @param sources the accepted reports summed, in unit name order (Vietnamese collation)
 * @param notAccepted the must-report units of the implementing plans without an accepted report in the phase
 */
public record DistrictReport(String planId, int phase, UnitRef unit, List<ImplementingPlan> implementingPlans,
                             Map<String, Object> values, Map<String, String> narrative, List<Source> sources,
                             List<NotAccepted> notAccepted) {

    /** An implementing plan of the plan that the unit issued. */
    public record ImplementingPlan(String planId, String number) {
    }

    /** An accepted report that was summed: its unit, plan, revision and when it was accepted. */
    public record Source(UnitRef unit, String planId, String reportId, int revision, Instant acceptedAt) {
    }

    /**
     * A must-report unit of an implementing plan whose report in the phase is not accepted.
     *
     * @param status {@code NOT_SUBMITTED}, {@code SUBMITTED} (submitted or resubmitted: awaiting review) or
     *               {@code RETURNED}
     */
    public record NotAccepted(UnitRef unit, String planId, String status) {
    }
}
