package vn.ldld.plan.plans.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ldld.plan.plans.Amendment;
import vn.ldld.plan.plans.Plan;

/**
 * Event {@code vn.ldld.plan.amended.v1} on topic {@value #TOPIC}, keyed by the plan id, as
 * {@code contracts/schemas/plan-amended.v1.schema.json} describes it.
 *
 * @param planId the plan
 * @param version the new version, equals {@code plan.version}
 * @param previousVersion the version replaced
 * @param amendedAt when the amendment took effect
 * @param amendedBy login of the user, omitted when unknown
 * @param reason why
 * @param changes what changed
 * @param plan the whole plan at the new version
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanAmended(String planId, long version, long previousVersion, Instant amendedAt, String amendedBy,
                          String reason, List<ChangeV1> changes, PlanSnapshot plan) {

    /** Topic of the plan events. */
    public static final String TOPIC = PlanPublished.TOPIC;
    /** CloudEvents type. */
    public static final String TYPE = "vn.ldld.plan.amended.v1";

    /** The event announcing the last amendment of {@code plan}. */
    public static PlanAmended of(Plan plan) {
        Amendment amendment = plan.lastAmendment()
                .orElseThrow(() -> new IllegalStateException("Plan " + plan.id() + " was not amended"));
        return new PlanAmended(plan.id(), amendment.version(), amendment.version() - 1, amendment.amendedAt(),
                amendment.amendedBy(), amendment.reason(),
                amendment.changes().stream().map(c -> new ChangeV1(c.kind().name(), c.phaseNumber(), c.unitCode(),
                        c.field(), c.from(), c.to())).toList(),
                PlanSnapshot.of(plan));
    }

    /** {@code $defs/Change}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeV1(String kind, Integer phaseNumber, String unitCode, String field, String from, String to) {
    }
}
