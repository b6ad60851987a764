package vn.ldld.analytics.report;

import java.time.Instant;

/**
 * {@code vn.ldld.report.returned.v1}: a revision was returned for correction.
 *
 * @param reportId report id
 * @param planId plan
 * @param phaseNumber phase
 * @param unitCode reporting unit
 * @param parentUnitCode its parent, or {@code null}
 * @param revision the revision returned
 * @param reason what must be corrected
 * @param returnedAt when
 * @param reviewLevel {@code PROVINCE} or {@code PARENT} (the reporting unit's parent returned it); absent before
 *                    review levels existed: the province
 * @param reviewerUnitCode the unit whose staff returned it, or {@code null}
 */
public record ReportReturned(String reportId, String planId, int phaseNumber, String unitCode,
                             String parentUnitCode, int revision, String reason, Instant returnedAt,
                             String reviewLevel, String reviewerUnitCode) {
}
