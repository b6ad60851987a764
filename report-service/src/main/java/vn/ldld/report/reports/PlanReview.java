package vn.ldld.report.reports;

/**
 * Who reviews the reports of a plan.
 *
 * @param reviewBy the plan's {@code reviewBy}: the province, or the unit directly above each reporting unit
 * @param issuedByTopUnit whether the plan's issuer is a unit with no parent (the province federation, whose staff
 *                        are province staff); false for a unit's plan, e.g. a district's implementing plan, whose
 *                        staff review the reports of the units directly below it when the parent reviews
 */
public record PlanReview(ReviewLevel reviewBy, boolean issuedByTopUnit) {
}
