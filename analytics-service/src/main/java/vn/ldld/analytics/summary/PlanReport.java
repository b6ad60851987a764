package vn.ldld.analytics.summary;

import java.util.List;

/**
 * Every phase of a plan and the indicator totals over all of them.
 *
 * @param planId plan
 * @param number number and symbol
 * @param title title
 * @param version version in force
 * @param status status
 * @param phases one report per phase, in phase order
 * @param totals indicator totals over every phase
 */
public record PlanReport(String planId, String number, String title, int version, String status,
                         List<PhaseReport> phases, List<IndicatorTotal> totals) {
}
