package vn.ldld.analytics.plan;

import java.time.Instant;

/**
 * {@code vn.ldld.plan.amended.v1}: a new version of a plan replaces the previous one.
 *
 * @param planId plan id
 * @param version new version
 * @param amendedAt when the amendment took effect
 * @param plan the whole plan at the new version
 */
public record PlanAmended(String planId, int version, Instant amendedAt, PlanContent plan) {
}
