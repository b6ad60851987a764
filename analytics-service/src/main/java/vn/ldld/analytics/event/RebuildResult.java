package vn.ldld.analytics.event;

/**
 * What a rebuild reset.
 *
 * @param generation the rebuild's number; every instance replays its partitions once per generation
 * @param plansRemoved plan documents removed
 * @param reportsRemoved report documents removed
 * @param noticesRemoved overdue and reminder documents removed
 */
public record RebuildResult(long generation, long plansRemoved, long reportsRemoved, long noticesRemoved) {
}
