package vn.ldld.plan.plans;

import java.time.Instant;
import java.util.List;

/**
 * An amendment of a published plan, kept in the plan's document so that every earlier version can be shown again.
 *
 * @param version the version it created (2 for the first amendment)
 * @param amendedAt when it took effect
 * @param amendedBy who made it, when known
 * @param reason why
 * @param changes what changed
 * @param previousContent the content of the version it replaced ({@code version - 1})
 */
public record Amendment(int version, Instant amendedAt, String amendedBy, String reason, List<PlanChange> changes,
                        PlanContent previousContent) {

    public Amendment {
        changes = Lists.of(changes);
    }
}
