package vn.ldld.notification.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * notification-service's own reading of the plan events (contracts/schemas/plan-*.v1, plan-published.v2,
 * plan-amended.v2, plan-recipients-listed.v1): only the fields it uses, unknown fields and unknown enum values
 * tolerated.
 */
final class PlanEvents {

    static final String PUBLISHED = "vn.ldld.plan.published.v1";
    static final String AMENDED = "vn.ldld.plan.amended.v1";
    static final String CLOSED = "vn.ldld.plan.closed.v1";
    static final String CANCELLED = "vn.ldld.plan.cancelled.v1";
    static final String PUBLISHED_V2 = "vn.ldld.plan.published.v2";
    static final String AMENDED_V2 = "vn.ldld.plan.amended.v2";
    static final String RECIPIENTS_LISTED = "vn.ldld.plan.recipients-listed.v1";

    private PlanEvents() {
    }

    record PlanPublished(String planId, int version, Instant publishedAt, PlanSnapshot plan) {
    }

    record PlanAmended(String planId, int version, Instant amendedAt, String reason, List<Change> changes,
                       PlanSnapshot plan) {
    }

    /** PlanClosed or PlanCancelled. */
    record PlanEnded(String planId, int version, String number, String reason) {
    }

    record Change(String kind, Integer phaseNumber, String unitCode, String field, String from, String to) {
    }

    /** {@code recipients} in v1 events only; {@code recipientSummary} in v2 events only. */
    record PlanSnapshot(String planId, int version, String number, String title, String timeZone, UnitRef issuer,
                        List<Phase> phases, List<Recipient> recipients, LocalDate issuedOn, String reviewBy,
                        RecipientSummary recipientSummary) {
    }

    /** How many units a v2 plan version addresses, and in how many {@link RecipientsListed} chunks they follow. */
    record RecipientSummary(int mustReport, int forInformation, int chunks) {
    }

    /** PlanRecipientsListed: chunk {@code chunk} of {@code chunks} of the recipients of plan version {@code version}. */
    record RecipientsListed(String planId, int version, int chunk, int chunks, List<Recipient> recipients) {

        boolean last() {
            return chunk == chunks;
        }
    }

    record Phase(int number, String name, Instant reportDeadline, String timeZone) {
    }

    record Recipient(UnitRef unit, String role) {

        boolean mustReport() {
            return "MUST_REPORT".equals(role);
        }
    }

    record UnitRef(String code, String name, String shortName, String kind, String parentCode) {
    }
}
