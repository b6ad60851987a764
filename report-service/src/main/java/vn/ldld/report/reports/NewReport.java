package vn.ldld.report.reports;

/**
 * A unit's report for one phase of a plan, as intake takes it in.
 *
 * @param planId the plan
 * @param phaseNumber the phase (đợt)
 * @param unitCode the reporting unit, as {@link ReportAccess} established it from the caller's token
 * @param content the values and narrative sent
 */
public record NewReport(String planId, int phaseNumber, String unitCode, ReportContent content) {
}
