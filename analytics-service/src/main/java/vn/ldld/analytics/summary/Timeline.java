package vn.ldld.analytics.summary;

import java.util.List;

/**
 * The submission curve of a phase: only buckets with receipts, in time order.
 *
 * @param planId plan
 * @param phaseNumber phase
 * @param interval bucket width
 * @param timeZone zone of the buckets
 * @param points buckets
 */
public record Timeline(String planId, int phaseNumber, Interval interval, String timeZone,
                       List<TimelinePoint> points) {
}
