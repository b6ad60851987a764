package vn.ldld.plan.plans.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ldld.plan.plans.Plan;

/**
 * Event {@code vn.ldld.plan.closed.v1} on topic {@value #TOPIC}, keyed by the plan id, as
 * {@code contracts/schemas/plan-closed.v1.schema.json} describes it.
 *
 * @param planId the plan
 * @param version published version in force when it was closed
 * @param number number and symbol of the plan
 * @param closedAt when it was closed
 * @param closedBy login of the user, omitted when unknown
 * @param reason why it was closed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanClosed(String planId, long version, String number, Instant closedAt, String closedBy,
                         String reason) {

    /** Topic of the plan events. */
    public static final String TOPIC = PlanPublished.TOPIC;
    /** CloudEvents type. */
    public static final String TYPE = "vn.ldld.plan.closed.v1";

    /** The event announcing that {@code plan} was closed. */
    public static PlanClosed of(Plan plan) {
        return new PlanClosed(plan.id(), plan.publishedVersion(), plan.number(), plan.closedAt(), plan.endedBy(),
                plan.endReason());
    }
}
