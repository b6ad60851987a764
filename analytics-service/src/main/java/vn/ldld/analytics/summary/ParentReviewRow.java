package vn.ldld.analytics.summary;

/**
 * How far one parent unit has got with reviewing the reports of the must-report units directly below it.
 *
 * @param unitCode the parent unit (a district federation)
 * @param unitName its name
 * @param units must-report units directly below it
 * @param submitted of them, with a report received
 * @param accepted of them, whose report the parent accepted (its latest decision)
 * @param returned of them, whose report the parent returned at least once
 * @param awaitingReview of them, with a report submitted or resubmitted that nobody has decided on yet
 */
public record ParentReviewRow(String unitCode, String unitName, int units, int submitted, int accepted, int returned,
                              int awaitingReview) {
}
