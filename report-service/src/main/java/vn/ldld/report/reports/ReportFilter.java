package vn.ldld.report.reports;

/**
 * What {@code GET /api/reports} selects; a null field selects everything.
 *
 * @param planId the plan
 * @param phase the phase number
 * @param unit the reporting unit's code
 * @param status the workflow status
 * @param late true for late reports only, false for reports on time only
 * @param visibleTo the caller's unit: only its own reports and those of the units directly below it; null for a
 *                  caller who sees every unit (province staff)
 * @param reviewLevel the level of the last review decision: PARENT for the reports the parent units decided on,
 *                    PROVINCE for those the province decided on; null for any report
 */
public record ReportFilter(String planId, Integer phase, String unit, ReportStatus status, Boolean late,
                           String visibleTo, ReviewLevel reviewLevel) {
}
