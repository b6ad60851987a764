package vn.ldld.analytics.report;

import java.time.Instant;

/**
 * {@code vn.ldld.report.accepted.v1}: a revision was accepted and counts in the consolidation.
 *
 * @param reportId report id
 * @param planId plan
 * @param phaseNumber phase
 * @param unitCode reporting unit
 * @param parentUnitCode its parent, or {@code null}
 * @param revision the revision accepted
 * @param acceptedAt when
 * @param reviewLevel {@code PROVINCE} or {@code PARENT} (the reporting unit's parent accepted it); absent before
 *                    review levels existed: the province
 * @param reviewerUnitCode the unit whose staff accepted it, or {@code null}
 */
public record ReportAccepted(String reportId, String planId, int phaseNumber, String unitCode,
                             String parentUnitCode, int revision, Instant acceptedAt,
                             String reviewLevel, String reviewerUnitCode) {
}
