package vn.ldld.analytics.summary;

import java.util.List;

/**
 * Everything about one phase but the unit matrix: summary, indicator totals and roll-ups by parent unit.
 *
 * @param summary completeness and timeliness
 * @param totals indicator totals, in template order
 * @param rollups roll-ups, from the top of the hierarchy down
 */
public record PhaseReport(PhaseSummary summary, List<IndicatorTotal> totals, List<Rollup> rollups) {
}
