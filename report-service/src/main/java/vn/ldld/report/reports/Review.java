package vn.ldld.report.reports;

import java.time.Instant;

/**
 * A review decision on a report.
 *
 * @param decision {@code ACCEPTED} or {@code RETURNED}
 * @param reviewer who decided
 * @param at when
 * @param reason why it was returned; null for an acceptance
 * @param revision the revision reviewed
 * @param level at which level: {@code PROVINCE} or {@code PARENT}; null in decisions stored before levels existed
 *              (province)
 * @param reviewerUnitCode the unit whose staff decided; null in decisions stored before levels existed
 */
public record Review(String decision, String reviewer, Instant at, String reason, int revision, ReviewLevel level,
                     String reviewerUnitCode) {

    /** The level, PROVINCE for a decision stored before levels existed. */
    public ReviewLevel levelOrProvince() {
        return level == null ? ReviewLevel.PROVINCE : level;
    }
}
