package vn.ldld.analytics.summary;

import java.util.List;

/**
 * Review by the level above in one phase: per parent unit, how many of its units submitted, how many it accepted,
 * how many it returned.
 *
 * @param planId the plan
 * @param phaseNumber the phase
 * @param reviewBy who reviews the plan's reports: {@code PARENT} or {@code PROVINCE}
 * @param parents one row per parent unit with must-report units directly below it, other than the issuer (the
 *                province reviews the units directly below it itself), in the plan's recipient order
 */
public record ParentReviewSummary(String planId, int phaseNumber, String reviewBy, List<ParentReviewRow> parents) {
}
