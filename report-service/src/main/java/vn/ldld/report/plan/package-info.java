/**
 * Plans as report-service sees them: its own copy ({@link vn.ldld.report.plan.PlanView}), built only from the
 * {@code plan-events} topic, never by calling plan-service. Other features read it through
 * {@link vn.ldld.report.plan.PlanViews}.
 */
package vn.ldld.report.plan;
