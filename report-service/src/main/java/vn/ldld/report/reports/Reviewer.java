package vn.ldld.report.reports;

/**
 * Who reviews a report, as {@link ReportAccess} decided from the caller's token and the plan.
 *
 * @param subject the token's subject
 * @param level the level the decision is taken at
 * @param unitCode the unit whose staff decide: the plan's issuer (province), or the reporting unit's parent
 */
public record Reviewer(String subject, ReviewLevel level, String unitCode) {
}
