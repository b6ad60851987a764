package vn.ldld.analytics.plan;

import java.time.Instant;

/**
 * {@code vn.ldld.plan.published.v1}: a plan was published (the fields analytics reads).
 *
 * @param planId plan id
 * @param version published version
 * @param publishedAt when
 * @param plan the whole plan
 */
public record PlanPublished(String planId, int version, Instant publishedAt, PlanContent plan) {
}
