package vn.ldld.plan.plans.events;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.ResolvedRecipients;

/**
 * The plan at one published version as the version 2 plan events carry it ({@code $defs/PlanSnapshot} of
 * {@code plan-published.v2}): the whole plan but its resolved recipients, which {@link PlanRecipientsListed} lists;
 * instead their counts, the rules as written and the free-text recipients. {@code implementsPlanId}: the plan this
 * one implements, absent for a plan of its own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanSnapshotV2(
        String planId,
        long version,
        String number,
        int sequence,
        int year,
        String documentType,
        String title,
        PlanSnapshot.Unit issuer,
        String place,
        LocalDate issuedOn,
        String timeZone,
        List<PlanSnapshot.LegalBasisV1> legalBasis,
        String purpose,
        List<String> requirements,
        List<PlanSnapshot.SectionV1> sections,
        List<PlanSnapshot.TaskV1> tasks,
        List<PlanSnapshot.PhaseV1> phases,
        PlanSnapshot.TemplateV1 template,
        RecipientSummary recipientSummary,
        List<RuleV2> recipientRules,
        List<String> excludedUnitCodes,
        List<String> otherRecipients,
        PlanSnapshot.SignerV1 signer,
        String reviewBy,
        String implementsPlanId) {

    /** The snapshot of a published plan whose resolved recipients are {@code recipients}. */
    public static PlanSnapshotV2 of(Plan plan, ResolvedRecipients recipients) {
        PlanSnapshot v1 = PlanSnapshot.of(plan);
        return new PlanSnapshotV2(v1.planId(), v1.version(), v1.number(), v1.sequence(), v1.year(), v1.documentType(),
                v1.title(), v1.issuer(), v1.place(), v1.issuedOn(), v1.timeZone(), v1.legalBasis(), v1.purpose(),
                v1.requirements(), v1.sections(), v1.tasks(), v1.phases(), v1.template(),
                new RecipientSummary(recipients.mustReport(), recipients.forInformation(), recipients.chunks().size()),
                plan.content().recipientRules().stream().map(r -> new RuleV2(r.under(),
                        r.kinds().isEmpty() ? null : r.kinds().stream().map(Enum::name).toList(), r.depth().name(),
                        r.role().name())).toList(),
                plan.content().excludedUnitCodes(), plan.content().otherRecipients(), v1.signer(), v1.reviewBy(),
                plan.content().implementsPlanId());
    }

    /** {@code $defs/RecipientSummary}. */
    public record RecipientSummary(int mustReport, int forInformation, int chunks) {
    }

    /** {@code $defs/RecipientRule}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleV2(String under, List<String> kinds, String depth, String role) {
    }
}
