/**
 * The HTTP API of the reports, {@code /api/reports}: the controller, its requests and responses. It calls the
 * feature's services ({@link vn.ldld.report.reports.Intake}, {@link vn.ldld.report.reports.ReportWorkflow},
 * {@link vn.ldld.report.reports.ReportQueries}) and maps reports to responses; refusals are answered by
 * service-web.
 */
package vn.ldld.report.reports.web;
