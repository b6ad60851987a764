/**
 * Plans as report-service sees them: its own copy, built only from the {@code plan-events} topic.
 */
package vn.ldld.report.plan;
