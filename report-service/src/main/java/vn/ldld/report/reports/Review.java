package vn.ldld.report.reports;

import java.time.Instant;

/**
 * The last review decision on a report.
 *
 * @param decision {@code ACCEPTED} or {@code RETURNED}
 * @param reviewer who decided
 * @param at when
 * @param reason why it was returned; null for an acceptance
 * @param revision the revision reviewed
 */
public record Review(String decision, String reviewer, Instant at, String reason, int revision) {
}
