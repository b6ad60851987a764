package vn.ldld.plan.plans.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ldld.plan.plans.Plan;

/**
 * Event {@code vn.ldld.plan.cancelled.v1} on topic {@value #TOPIC}, keyed by the plan id, as
 * {@code contracts/schemas/plan-cancelled.v1.schema.json} describes it. Only a plan that was published is
 * announced as cancelled.
 *
 * @param planId the plan
 * @param version published version in force when it was cancelled
 * @param number number and symbol of the plan
 * @param cancelledAt when it was cancelled
 * @param cancelledBy login of the user, omitted when unknown
 * @param reason why it was cancelled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanCancelled(String planId, long version, String number, Instant cancelledAt, String cancelledBy,
                            String reason) {

    /** Topic of the plan events. */
    public static final String TOPIC = PlanPublished.TOPIC;
    /** CloudEvents type. */
    public static final String TYPE = "vn.ldld.plan.cancelled.v1";

    /** The event announcing that {@code plan}, once published, was cancelled. */
    public static PlanCancelled of(Plan plan) {
        return new PlanCancelled(plan.id(), plan.publishedVersion(), plan.number(), plan.cancelledAt(),
                plan.endedBy(), plan.endReason());
    }
}
