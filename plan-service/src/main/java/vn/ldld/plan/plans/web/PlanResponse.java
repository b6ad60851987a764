package vn.ldld.plan.plans.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.PlanContent;
import vn.ldld.plan.plans.PlanStatus;

/**
 * A plan as the API shows it: its life-cycle fields and, at the same level, its content.
 *
 * @param id UUID
 * @param status status
 * @param version revision, also in the {@code ETag} header
 * @param publishedVersion version as issued (0 for a draft)
 * @param number number and symbol, once published
 * @param sequence sequence part of the number, once published
 * @param year year of the number, once published
 * @param createdAt creation instant
 * @param updatedAt last write
 * @param publishedAt publication instant
 * @param publishedBy publisher, when known
 * @param closedAt when it was closed
 * @param cancelledAt when it was cancelled
 * @param endedBy who closed or cancelled it, when known
 * @param endReason why it was closed or cancelled
 * @param content what the author wrote
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanResponse(String id, PlanStatus status, long version, int publishedVersion, String number,
                           Integer sequence, Integer year, Instant createdAt, Instant updatedAt, Instant publishedAt,
                           String publishedBy, Instant closedAt, Instant cancelledAt, String endedBy,
                           String endReason, @JsonUnwrapped PlanContent content) {

    /** The view of {@code plan}. */
    public static PlanResponse of(Plan plan) {
        return new PlanResponse(plan.id(), plan.status(), plan.version(), plan.publishedVersion(), plan.number(),
                plan.sequence(), plan.year(), plan.createdAt(), plan.updatedAt(), plan.publishedAt(),
                plan.publishedBy(), plan.closedAt(), plan.cancelledAt(), plan.endedBy(), plan.endReason(),
                plan.content());
    }
}
