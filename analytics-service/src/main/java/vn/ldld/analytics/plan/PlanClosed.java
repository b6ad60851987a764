package vn.ldld.analytics.plan;

import java.time.Instant;

/**
 * {@code vn.ldld.plan.closed.v1}: no more reports are expected.
 *
 * @param planId plan id
 * @param version version in force when closed
 * @param number number and symbol
 * @param closedAt when
 */
public record PlanClosed(String planId, int version, String number, Instant closedAt) {
}
