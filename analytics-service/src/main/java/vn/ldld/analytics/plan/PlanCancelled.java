package vn.ldld.analytics.plan;

import java.time.Instant;

/**
 * {@code vn.ldld.plan.cancelled.v1}: the plan no longer applies.
 *
 * @param planId plan id
 * @param version version in force when cancelled
 * @param number number and symbol
 * @param cancelledAt when
 */
public record PlanCancelled(String planId, int version, String number, Instant cancelledAt) {
}
