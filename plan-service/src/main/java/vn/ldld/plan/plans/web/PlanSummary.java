package vn.ldld.plan.plans.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.PlanStatus;

/**
 * A plan in a list: enough to recognise it and open it.
 *
 * @param id UUID
 * @param status status
 * @param version revision (entity tag)
 * @param number number and symbol, once published
 * @param title title
 * @param issuerCode code of the issuing unit
 * @param createdAt creation instant
 * @param publishedAt publication instant, once published
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanSummary(String id, PlanStatus status, long version, String number, String title, String issuerCode,
                          Instant createdAt, Instant publishedAt) {

    /** The summary of {@code plan}. */
    public static PlanSummary of(Plan plan) {
        return new PlanSummary(plan.id(), plan.status(), plan.version(), plan.number(), plan.content().title(),
                plan.content().issuer().code(), plan.createdAt(), plan.publishedAt());
    }
}
