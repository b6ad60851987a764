package vn.ldld.report.report;

/**
 * One wrong field of a report, named by its path in the request, e.g. {@code values.PROPAGANDA_SESSIONS}.
 *
 * @param field path of the field
 * @param message what is wrong
 */
public record Violation(String field, String message) {
}
