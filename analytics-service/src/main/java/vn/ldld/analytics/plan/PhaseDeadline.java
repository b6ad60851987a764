package vn.ldld.analytics.plan;

import java.time.Instant;

/**
 * The report deadline one plan version set for one phase.
 *
 * @param phase phase number
 * @param version plan version
 * @param deadline the report deadline that version set
 */
public record PhaseDeadline(int phase, int version, Instant deadline) {
}
