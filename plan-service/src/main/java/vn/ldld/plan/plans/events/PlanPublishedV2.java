package vn.ldld.plan.plans.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.ResolvedRecipients;

/**
 * Event {@code vn.ldld.plan.published.v2} on topic {@value #TOPIC}, keyed by the plan id, as
 * {@code contracts/schemas/plan-published.v2.schema.json} describes it; its recipients follow in
 * {@link PlanRecipientsListed} events of the same version.
 *
 * @param planId the plan
 * @param version published version, equals {@code plan.version}
 * @param publishedAt when the plan was published
 * @param publishedBy login of the publisher, omitted when unknown
 * @param plan the plan as published, without its resolved recipients
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanPublishedV2(String planId, long version, Instant publishedAt, String publishedBy,
                              PlanSnapshotV2 plan) {

    /** Topic of the plan events. */
    public static final String TOPIC = PlanPublished.TOPIC;
    /** CloudEvents type. */
    public static final String TYPE = "vn.ldld.plan.published.v2";

    /** The event announcing the publication of {@code plan}, addressed to {@code recipients}. */
    public static PlanPublishedV2 of(Plan plan, ResolvedRecipients recipients) {
        return new PlanPublishedV2(plan.id(), plan.publishedVersion(), plan.publishedAt(), plan.publishedBy(),
                PlanSnapshotV2.of(plan, recipients));
    }
}
