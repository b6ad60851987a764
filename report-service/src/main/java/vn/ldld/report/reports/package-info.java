/**
 * Reports (báo cáo), the service's one aggregate: intake against the plan view (template, deadline in force,
 * must-report units), the receipt, one report per plan, phase and unit, revisions, review by province staff, and
 * the report events sent through the outbox. {@link vn.ldld.report.reports.Report} decides its own changes and the
 * events they raise; its store is package-private; the HTTP API is in {@code web}.
 */
package vn.ldld.report.reports;
