package vn.ldld.analytics.summary;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Completeness and indicator sums over every must-report unit below a parent unit (at any depth): a district
 * federation over its grassroots unions, the province over all.
 *
 * @param unitCode the parent unit
 * @param unitName its name
 * @param depth 0 for a unit without a parent, 1 below it, ...
 * @param expected must-report units below it
 * @param submitted of them, reported
 * @param onTime of them, on time
 * @param late of them, late
 * @param missing of them, without a report
 * @param completenessRate submitted × 100 / expected, 2 decimals
 * @param timelinessRate on time × 100 / expected, 2 decimals
 * @param sums sum of each numeric indicator by code
 */
public record Rollup(String unitCode, String unitName, int depth, int expected, int submitted, int onTime, int late,
                     int missing, BigDecimal completenessRate, BigDecimal timelinessRate,
                     Map<String, BigDecimal> sums) {
}
