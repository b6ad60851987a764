package vn.ldld.plan.plans;

import java.util.Objects;

/**
 * What a plan listing is restricted to; every null part is no restriction.
 *
 * @param status only plans in this status
 * @param year only plans numbered in this year (the year of issue)
 * @param issuerCode only plans of this issuer
 * @param text only plans whose number or title contain these words, with or without diacritics
 * @param scope the plans the reader may see at all (the other filters apply inside it)
 */
public record PlanFilter(PlanStatus status, Integer year, String issuerCode, String text, PlanScope scope) {

    public PlanFilter {
        scope = Objects.requireNonNullElse(scope, PlanScope.all());
    }

    /** No restriction. */
    public static PlanFilter all() {
        return new PlanFilter(null, null, null, null, PlanScope.all());
    }
}
