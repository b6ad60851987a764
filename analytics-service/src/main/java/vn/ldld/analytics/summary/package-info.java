/**
 * Completeness, timeliness, indicator totals, roll-ups by parent unit, the unit status matrix and the submission
 * curve of a plan's phases, and the tree of a phase down the plans implementing it, computed at read time from the
 * plan, report and notice read models; the {@code /api/analytics} endpoints that serve them and who may read them.
 */
package vn.ldld.analytics.summary;
