package vn.ldld.plan.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A plan (Kế hoạch): a formal administrative document of an issuing unit that also sets a reporting regime. The
 * aggregate of this service, stored as one document of the {@value #COLLECTION} collection; its pending events
 * travel in the same document (messaging outbox).
 *
 * @param id UUID
 * @param status where the plan is in its life cycle
 * @param version revision of the stored document, +1 on every write: the optimistic lock and the HTTP entity tag
 * @param publishedVersion version of the document as issued: 0 for a draft, 1 once published, +1 per amendment;
 *                         the {@code version} of the plan events
 * @param number number and symbol, e.g. {@code 15/KH-LĐLĐ}; null for a draft
 * @param sequence sequence part of the number; null for a draft
 * @param year year of the number sequence; null for a draft
 * @param createdAt when the draft was created
 * @param updatedAt when the plan was last written
 * @param publishedAt when the plan was published; null for a draft
 * @param publishedBy who published it, when known
 * @param closedAt when the plan was closed, if it was
 * @param cancelledAt when the plan was cancelled, if it was
 * @param endedBy who closed or cancelled it, when known
 * @param endReason why it was closed or cancelled
 * @param amendments the amendments since publication, oldest first
 * @param content what the author wrote
 */
@Document(Plan.COLLECTION)
public record Plan(
        @Id String id,
        PlanStatus status,
        long version,
        int publishedVersion,
        String number,
        Integer sequence,
        Integer year,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        String publishedBy,
        Instant closedAt,
        Instant cancelledAt,
        String endedBy,
        String endReason,
        List<Amendment> amendments,
        PlanContent content) {

    /** The collection holding the plans (and their outbox). */
    public static final String COLLECTION = "plans";
    /** Name of the stored version field (optimistic lock). */
    public static final String VERSION_FIELD = "version";

    public Plan {
        amendments = Lists.of(amendments);
    }

    /** A new draft at version 1. */
    public static Plan draft(String id, PlanContent content, Instant now) {
        return new Plan(id, PlanStatus.DRAFT, 1, 0, null, null, null, now, now, null, null, null, null, null, null,
                List.of(), content);
    }

    /** This plan with {@code newContent}, at the same version: for a write that changes more than the content. */
    Plan withContent(PlanContent newContent) {
        return new Plan(id, status, version, publishedVersion, number, sequence, year, createdAt, updatedAt,
                publishedAt, publishedBy, closedAt, cancelledAt, endedBy, endReason, amendments, newContent);
    }

    /** The plan's zone. */
    public ZoneId zone() {
        return ZoneId.of(content.timeZone());
    }

    /**
     * This draft with new content.
     *
     * @throws PlanStatusConflictException when the plan is not a draft
     */
    public Plan edit(PlanContent newContent, Instant now) {
        requireDraft("edit");
        return new Plan(id, status, version + 1, publishedVersion, number, sequence, year, createdAt, now, publishedAt,
                publishedBy, null, null, null, null, amendments, newContent);
    }

    /**
     * This draft, issued under {@code planNumber} at {@code now}: published, at its first published version. The
     * date of issue defaults to the day of publication in the plan's zone.
     *
     * @throws PlanStatusConflictException when the plan is not a draft
     */
    public Plan publish(PlanNumber planNumber, Instant now, String by) {
        requireDraft("publish");
        LocalDate issuedOn = content.issuedOn() != null ? content.issuedOn() : LocalDate.ofInstant(now, zone());
        return new Plan(id, PlanStatus.PUBLISHED, version + 1, 1, planNumber.text(), planNumber.sequence(),
                planNumber.year(), createdAt, now, now, by, null, null, null, null, amendments,
                content.withIssuedOn(issuedOn));
    }

    /**
     * This published plan, closed: its phases are over, no more reports are expected.
     *
     * @throws PlanStatusConflictException when the plan is not published
     */
    public Plan close(String reason, Instant now, String by) {
        requireStatus("close", PlanStatus.PUBLISHED);
        return new Plan(id, PlanStatus.CLOSED, version + 1, publishedVersion, number, sequence, year, createdAt, now,
                publishedAt, publishedBy, now, null, by, reason, amendments, content);
    }

    /**
     * This draft or published plan, cancelled (withdrawn).
     *
     * @throws PlanStatusConflictException when the plan is already closed or cancelled
     */
    public Plan cancel(String reason, Instant now, String by) {
        requireStatus("cancel", PlanStatus.DRAFT, PlanStatus.PUBLISHED);
        return new Plan(id, PlanStatus.CANCELLED, version + 1, publishedVersion, number, sequence, year, createdAt, now,
                publishedAt, publishedBy, null, now, by, reason, amendments, content);
    }

    /**
     * This published plan at its next version, with {@code newContent} (its date of issue unchanged) and the
     * amendment recorded with the content it replaces.
     *
     * @throws PlanStatusConflictException when the plan is not published
     */
    public Plan amend(PlanContent newContent, String reason, List<PlanChange> changes, Instant now, String by) {
        requireStatus("amend", PlanStatus.PUBLISHED);
        List<Amendment> history = new ArrayList<>(amendments);
        history.add(new Amendment(publishedVersion + 1, now, by, reason, changes, content));
        return new Plan(id, status, version + 1, publishedVersion + 1, number, sequence, year, createdAt, now,
                publishedAt, publishedBy, null, null, null, null, history, newContent.withIssuedOn(content.issuedOn()));
    }

    /** The last amendment, if the plan was amended. */
    public Optional<Amendment> lastAmendment() {
        return amendments.isEmpty() ? Optional.empty() : Optional.of(amendments.get(amendments.size() - 1));
    }

    /**
     * This plan as it was at published version {@code v} (1 to {@link #publishedVersion()}).
     *
     * @return empty when there is no such version
     */
    public Optional<Plan> atVersion(int v) {
        if (v < 1 || v > publishedVersion) {
            return Optional.empty();
        }
        if (v == publishedVersion) {
            return Optional.of(this);
        }
        PlanContent then = amendments.stream().filter(a -> a.version() == v + 1).findFirst()
                .map(Amendment::previousContent).orElseThrow();
        return Optional.of(new Plan(id, status, version, v, number, sequence, year, createdAt, updatedAt, publishedAt,
                publishedBy, closedAt, cancelledAt, endedBy, endReason, amendments.subList(0, v - 1), then));
    }

    /** Whether the plan was ever announced to its recipients (so that its end must be announced too). */
    public boolean wasPublished() {
        return publishedAt != null;
    }

    /** Whether the plan, as it stands now, names {@code unitCode} among its recipients (any role). */
    public boolean isAddressedTo(String unitCode) {
        return unitCode != null && content != null && content.recipients() != null && content.recipients().stream()
                .anyMatch(r -> r.unit() != null && unitCode.equals(r.unit().code()));
    }

    /**
     * Checks that this plan is a draft.
     *
     * @throws PlanStatusConflictException when it is not
     */
    public void requireDraft(String operation) {
        requireStatus(operation, PlanStatus.DRAFT);
    }

    /**
     * Checks that this plan is in one of the {@code allowed} statuses.
     *
     * @throws PlanStatusConflictException when it is not
     */
    public void requireStatus(String operation, PlanStatus... allowed) {
        for (PlanStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new PlanStatusConflictException(id, status, operation);
    }
}
