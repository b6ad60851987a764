package vn.ldld.report.reports;

import java.time.Instant;
import java.util.Map;

/**
 * One revision of a report's content; the first is the submission. Every revision is kept.
 *
 * @param number 1 for the submission, +1 for each revision
 * @param values indicator values by code: {@code Long} for counts and money, {@code Double} for decimals,
 *               {@code String} for text
 * @param narrative section texts by code
 * @param submittedBy who sent this revision
 * @param submittedAt when it was received
 */
public record Revision(int number, Map<String, Object> values, Map<String, String> narrative, String submittedBy,
                       Instant submittedAt) {
}
