package vn.ldld.plan.plans.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.PlanContent;
import vn.ldld.plan.plans.Recipient;
import vn.ldld.plan.plans.Signer;
import vn.ldld.plan.plans.UnitRef;

/**
 * The whole plan at one published version, as the plan events carry it ({@code $defs/PlanSnapshot} of the
 * contract). Its own records, separate from the stored model, so that the contract changes only on purpose.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanSnapshot(
        String planId,
        long version,
        String number,
        int sequence,
        int year,
        String documentType,
        String title,
        Unit issuer,
        String place,
        LocalDate issuedOn,
        String timeZone,
        List<LegalBasisV1> legalBasis,
        String purpose,
        List<String> requirements,
        List<SectionV1> sections,
        List<TaskV1> tasks,
        List<PhaseV1> phases,
        TemplateV1 template,
        List<RecipientV1> recipients,
        SignerV1 signer,
        String reviewBy) {

    /** The snapshot of a published plan. */
    public static PlanSnapshot of(Plan plan) {
        PlanContent c = plan.content();
        if (plan.sequence() == null || plan.year() == null) {
            throw new IllegalStateException("Plan " + plan.id() + " has no number: it was not published");
        }
        Signer s = c.signer();
        return new PlanSnapshot(plan.id(), plan.publishedVersion(), plan.number(), plan.sequence(), plan.year(),
                c.documentType(), c.title(), Unit.of(c.issuer().unit()), c.place(), c.issuedOn(), c.timeZone(),
                c.legalBasis().stream().map(b -> new LegalBasisV1(b.reference(), b.issuedOn(), b.issuer(), b.title()))
                        .toList(),
                c.purpose(), c.requirements(),
                c.sections().stream().map(x -> new SectionV1(x.order(), x.heading(), x.body())).toList(),
                c.tasks().stream().map(t -> new TaskV1(t.order(), t.text(), t.assignedUnitCodes())).toList(),
                c.phases().stream().map(p -> new PhaseV1(p.number(), p.name(), p.startDate(), p.endDate(),
                        p.reportDeadline(), c.timeZone())).toList(),
                new TemplateV1(
                        c.template().indicators().stream().map(i -> new IndicatorV1(i.code(), i.label(), i.type().name(),
                                i.unitOfMeasure(), i.required())).toList(),
                        c.template().narrativeSections().stream().map(n -> new NarrativeSectionV1(n.code(), n.label(),
                                n.required(), n.maxLength())).toList()),
                c.recipients().stream().map(RecipientV1::of).toList(),
                s == null ? null : new SignerV1(s.capacity(), s.position(), s.fullName()),
                c.reviewBy().name());
    }

    /** {@code $defs/UnitRef}: {@code parentCode} is always written, null for a top-level unit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unit(String code, String name, String shortName, String kind,
                       @JsonInclude(JsonInclude.Include.ALWAYS) String parentCode) {

        static Unit of(UnitRef unit) {
            return new Unit(unit.code(), unit.name(), unit.shortName(), unit.kind().name(), unit.parentCode());
        }
    }

    /** {@code $defs/LegalBasis}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LegalBasisV1(String reference, LocalDate issuedOn, String issuer, String title) {
    }

    /** {@code $defs/Section}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionV1(int order, String heading, String body) {
    }

    /** {@code $defs/Task}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskV1(int order, String text, List<String> assignedUnitCodes) {
    }

    /** {@code $defs/Phase}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PhaseV1(int number, String name, LocalDate startDate, LocalDate endDate, Instant reportDeadline,
                          String timeZone) {
    }

    /** {@code $defs/ReportTemplate}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TemplateV1(List<IndicatorV1> indicators, List<NarrativeSectionV1> narrativeSections) {
    }

    /** {@code $defs/Indicator}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorV1(String code, String label, String type, String unitOfMeasure, boolean required) {
    }

    /** {@code $defs/NarrativeSection}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NarrativeSectionV1(String code, String label, boolean required, int maxLength) {
    }

    /** {@code $defs/Recipient}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecipientV1(Unit unit, String role) {

        static RecipientV1 of(Recipient recipient) {
            return new RecipientV1(Unit.of(recipient.unit()), recipient.role().name());
        }
    }

    /** {@code $defs/Signer}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SignerV1(String capacity, String position, String fullName) {
    }
}
