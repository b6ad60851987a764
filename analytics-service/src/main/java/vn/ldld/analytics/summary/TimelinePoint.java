package vn.ldld.analytics.summary;

import java.time.OffsetDateTime;

/**
 * Reports first received in one hour or day (in the plan's zone), for the rush curve.
 *
 * @param start start of the hour or day, with the zone's offset
 * @param submitted reports first received in it
 * @param onTime of them, on time
 * @param late of them, late
 * @param cumulative reports received up to the end of it
 */
public record TimelinePoint(OffsetDateTime start, int submitted, int onTime, int late, int cumulative) {
}
