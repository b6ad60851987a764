package vn.ldld.report.reports;

/**
 * What became of a submission.
 *
 * @param report the stored report
 * @param replayed true when the request repeated an earlier one with the same idempotency key: nothing new stored
 */
public record Submission(Report report, boolean replayed) {
}
