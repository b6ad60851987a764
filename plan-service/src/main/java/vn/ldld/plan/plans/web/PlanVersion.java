package vn.ldld.plan.plans.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ldld.plan.plans.Amendment;
import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.PlanChange;

/**
 * One published version of a plan in its history.
 *
 * @param version the version, from 1
 * @param validFrom when it took effect (publication, then each amendment)
 * @param by who published or amended it, when known
 * @param reason why it was amended; absent for version 1
 * @param changes what the amendment changed; empty for version 1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanVersion(int version, Instant validFrom, String by, String reason, List<PlanChange> changes) {

    /** The published versions of {@code plan}, oldest first; empty for a plan never published. */
    public static List<PlanVersion> of(Plan plan) {
        List<PlanVersion> versions = new ArrayList<>();
        if (plan.publishedVersion() < 1) {
            return versions;
        }
        versions.add(new PlanVersion(1, plan.publishedAt(), plan.publishedBy(), null, List.of()));
        for (Amendment amendment : plan.amendments()) {
            versions.add(new PlanVersion(amendment.version(), amendment.amendedAt(), amendment.amendedBy(),
                    amendment.reason(), amendment.changes()));
        }
        return versions;
    }
}
