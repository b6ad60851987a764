package vn.ldld.analytics.summary;

import java.time.Instant;
import java.util.List;

import vn.ldld.analytics.plan.Phase;
import vn.ldld.analytics.plan.PlanView;

/**
 * A plan analytics knows of, in the list a reader picks a dashboard from.
 *
 * @param planId      plan
 * @param number      number and symbol
 * @param title       title
 * @param version     version in force
 * @param status      PUBLISHED, CLOSED or CANCELLED
 * @param publishedAt when it was first published
 * @param phases      its phases: number, name and report deadline
 * @param issuer      code of the issuing unit
 * @param implementsPlanId the plan it implements, {@code null} for a plan of its own
 */
public record PlanListing(String planId, String number, String title, int version, String status, Instant publishedAt,
                          List<PhaseListing> phases, String issuer, String implementsPlanId) {

    /** @param number phase number; @param name display name; @param reportDeadline deadline in force */
    public record PhaseListing(int number, String name, Instant reportDeadline) {
    }

    static PlanListing of(PlanView view) {
        return new PlanListing(view.planId(), view.number(), view.content().title(), view.version(),
                view.status().name(), view.publishedAt(), view.content().phases().stream()
                .map((Phase phase) -> new PhaseListing(phase.number(), phase.name(), phase.reportDeadline())).toList(),
                view.content().issuer() == null ? null : view.content().issuer().code(),
                view.content().implementsPlanId());
    }
}
