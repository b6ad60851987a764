package vn.ldld.report.reports;

import java.time.Instant;

/**
 * The latest deadline an amendment set, after a report's receipt, for the phase of a report received late: the
 * report is judged against it now (see {@link Timeliness}). Written only by {@link DeadlineExtensions}.
 *
 * @param deadline the later deadline
 * @param planVersion the plan version (amendment) that first set it
 * @param onTime whether the report was received at or before it
 */
public record Extension(Instant deadline, long planVersion, boolean onTime) {
}
