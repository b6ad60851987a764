package vn.ldld.plan.plans.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.ResolvedRecipients;

/**
 * Event {@code vn.ldld.plan.amended.v2} on topic {@value #TOPIC}, keyed by the plan id, as
 * {@code contracts/schemas/plan-amended.v2.schema.json} describes it; the whole recipient set of the new version
 * follows in {@link PlanRecipientsListed} events.
 *
 * @param planId the plan
 * @param version the new version, equals {@code plan.version}
 * @param previousVersion the version replaced
 * @param amendedAt when the amendment took effect
 * @param amendedBy login of the user, omitted when unknown
 * @param reason why
 * @param changes what changed
 * @param plan the plan at the new version, without its resolved recipients
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanAmendedV2(String planId, long version, long previousVersion, Instant amendedAt, String amendedBy,
                            String reason, List<PlanAmended.ChangeV1> changes, PlanSnapshotV2 plan) {

    /** Topic of the plan events. */
    public static final String TOPIC = PlanPublished.TOPIC;
    /** CloudEvents type. */
    public static final String TYPE = "vn.ldld.plan.amended.v2";

    /** The event announcing the last amendment of {@code plan}, addressed to {@code recipients}. */
    public static PlanAmendedV2 of(Plan plan, ResolvedRecipients recipients) {
        PlanAmended v1 = PlanAmended.of(plan);
        return new PlanAmendedV2(v1.planId(), v1.version(), v1.previousVersion(), v1.amendedAt(), v1.amendedBy(),
                v1.reason(), v1.changes(), PlanSnapshotV2.of(plan, recipients));
    }
}
