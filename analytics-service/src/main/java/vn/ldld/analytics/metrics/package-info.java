/**
 * Gauges of the running plans for Prometheus: per active plan and phase, expected, submitted, on time, late,
 * overdue and completeness, refreshed from the read models.
 */
package vn.ldld.analytics.metrics;
