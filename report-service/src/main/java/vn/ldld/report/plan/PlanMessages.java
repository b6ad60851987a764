package vn.ldld.report.plan;

import java.time.Instant;
import java.util.List;

/**
 * This service's own copy of the parts of the plan events it uses (contracts: {@code plan-published.v1} and
 * {@code .v2}, {@code plan-amended.v1} and {@code .v2}, {@code plan-recipients-listed.v1}, {@code plan-closed.v1},
 * {@code plan-cancelled.v1}); every other field is ignored.
 */
final class PlanMessages {

    static final String PUBLISHED = "vn.ldld.plan.published.v1";
    static final String AMENDED = "vn.ldld.plan.amended.v1";
    static final String CLOSED = "vn.ldld.plan.closed.v1";
    static final String CANCELLED = "vn.ldld.plan.cancelled.v1";
    static final String PUBLISHED_V2 = "vn.ldld.plan.published.v2";
    static final String AMENDED_V2 = "vn.ldld.plan.amended.v2";
    static final String RECIPIENTS_LISTED = "vn.ldld.plan.recipients-listed.v1";

    private PlanMessages() {
    }

    /** PlanPublished and PlanAmended: the whole plan at {@code version}. */
    record PlanContentChanged(String planId, Long version, Snapshot plan) {
    }

    /** PlanClosed and PlanCancelled. */
    record PlanEnded(String planId, Long version, Instant closedAt, Instant cancelledAt) {
    }

    /**
     * {@code recipients} in v1 snapshots only; {@code recipientSummary} and {@code implementsPlanId} (optional: absent
     * for a plan of its own and in events sent before it existed) in v2 snapshots only.
     */
    record Snapshot(String number, UnitRef issuer, String timeZone, List<Phase> phases, Template template,
                    List<Recipient> recipients, String reviewBy, RecipientSummary recipientSummary,
                    String implementsPlanId) {
    }

    /** How many units a v2 plan version addresses, and in how many {@link RecipientsListed} chunks they follow. */
    record RecipientSummary(Integer mustReport, Integer forInformation, Integer chunks) {
    }

    /** PlanRecipientsListed: chunk {@code chunk} of {@code chunks} of the recipients of plan version {@code version}. */
    record RecipientsListed(String planId, Long version, Integer chunk, Integer chunks, List<Recipient> recipients) {
    }

    record Phase(Integer number, Instant reportDeadline) {
    }

    record Template(List<Indicator> indicators, List<Section> narrativeSections) {
    }

    record Indicator(String code, String type, Boolean required) {
    }

    record Section(String code, Boolean required, Integer maxLength) {
    }

    record Recipient(UnitRef unit, String role) {
    }
}
