package vn.ldld.report.plan;

import java.time.Instant;

/**
 * A phase (đợt) of a plan and its report deadline in force (after any amendment).
 *
 * @param number phase number, from 1
 * @param deadline the report deadline: a report received at or before it is on time
 */
public record PhaseView(int number, Instant deadline) {
}
