/**
 * Completeness, timeliness, indicator totals, roll-ups by parent unit, the unit status matrix and the submission
 * curve of a plan's phases, computed at read time from the plan, report and notice read models, and the
 * {@code /api/analytics} endpoints that serve them.
 */
package vn.ldld.analytics.summary;
