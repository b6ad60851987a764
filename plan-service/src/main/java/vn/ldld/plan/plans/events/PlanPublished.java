package vn.ldld.plan.plans.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ldld.plan.plans.Plan;

/**
 * Event {@code vn.ldld.plan.published.v1} on topic {@value #TOPIC}, keyed by the plan id: the value of the record,
 * exactly as {@code contracts/schemas/plan-published.v1.schema.json} describes it.
 *
 * @param planId the plan
 * @param version published version, equals {@code plan.version}
 * @param publishedAt when the plan was published
 * @param publishedBy login of the publisher, omitted when unknown
 * @param plan the whole plan as published
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanPublished(String planId, long version, Instant publishedAt, String publishedBy, PlanSnapshot plan) {

    /** Topic of the plan events. */
    public static final String TOPIC = "plan-events";
    /** CloudEvents type. */
    public static final String TYPE = "vn.ldld.plan.published.v1";

    /** The event announcing the publication of {@code plan}. */
    public static PlanPublished of(Plan plan) {
        return new PlanPublished(plan.id(), plan.publishedVersion(), plan.publishedAt(), plan.publishedBy(),
                PlanSnapshot.of(plan));
    }
}
