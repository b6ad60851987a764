package vn.ldld.plan.plan;

/**
 * What a plan listing is restricted to; every null part is no restriction.
 *
 * @param status only plans in this status
 * @param year only plans numbered in this year (the year of issue)
 * @param issuerCode only plans of this issuer
 * @param text only plans whose number or title contain these words, with or without diacritics
 */
public record PlanFilter(PlanStatus status, Integer year, String issuerCode, String text) {

    /** No restriction. */
    public static PlanFilter all() {
        return new PlanFilter(null, null, null, null);
    }
}
