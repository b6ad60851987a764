package vn.ldld.analytics.plan;

/**
 * How many units a plan version addresses (v2 plan events): its recipients follow in {@code chunks}
 * {@code plan-recipients-listed} events.
 *
 * @param mustReport the units that must report: the number of units expected
 * @param forInformation the units informed only
 * @param chunks how many {@code plan-recipients-listed} events list them
 */
public record RecipientSummary(int mustReport, int forInformation, int chunks) {
}
