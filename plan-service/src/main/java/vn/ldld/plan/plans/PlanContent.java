package vn.ldld.plan.plans;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * What the author of a plan writes: the body of the create and edit requests, kept as is in the draft. Absent
 * lists are empty; the number, status and dates of the life cycle are not part of it.
 *
 * @param issuer the issuing unit
 * @param documentType document type as printed; {@value #DEFAULT_DOCUMENT_TYPE} when absent
 * @param title title (trích yếu)
 * @param place place of issue, required for publication
 * @param issuedOn date of issue; the publication date (in the plan's zone) when absent
 * @param timeZone IANA zone of the plan; {@value #DEFAULT_TIME_ZONE} when absent
 * @param legalBasis documents the plan is based on
 * @param purpose purpose (mục đích)
 * @param requirements requirements (yêu cầu)
 * @param sections content sections
 * @param tasks implementation tasks
 * @param phases reporting phases
 * @param template report template
 * @param recipients recipients listed one by one (units of the directory)
 * @param signer signer, required for publication (the name may be left blank)
 * @param recipientRules recipients by rule: units of the directory selected by the hierarchy, resolved on
 *                       publication and amendment
 * @param excludedUnitCodes units excluded from what the rules select
 * @param otherRecipients lines of the "Nơi nhận" block that are not units of the directory ("Website, TTCTCĐ LĐLĐ
 *                        tỉnh", "Lưu: VT, Ban TG-NC"): printed on the document, no reports, no reminders
 * @param reviewBy who reviews each unit's report: {@code PROVINCE} (the default, when absent) or {@code PARENT}
 * @param implementsPlanId the published plan this one implements (a district's Kế hoạch triển khai of the province's
 *                         plan), or null for a plan of its own; an amendment cannot change it
 */
public record PlanContent(
        @NotNull @Valid Issuer issuer,
        @Size(min = 1, max = Limits.SHORT) String documentType,
        @NotBlank @Size(max = Limits.TITLE) String title,
        @Size(max = Limits.SHORT) String place,
        LocalDate issuedOn,
        @Pattern(regexp = Limits.TIME_ZONE) @Size(max = 64) String timeZone,
        @Size(max = Limits.LIST) List<@NotNull @Valid LegalBasis> legalBasis,
        @Size(max = Limits.TEXT) String purpose,
        @Size(max = Limits.LIST) List<@NotBlank @Size(max = Limits.TEXT) String> requirements,
        @Size(max = Limits.SECTIONS) List<@NotNull @Valid Section> sections,
        @Size(max = Limits.TASKS) List<@NotNull @Valid Task> tasks,
        @Size(max = Limits.PHASES) List<@NotNull @Valid Phase> phases,
        @Valid ReportTemplate template,
        @Size(max = Limits.RECIPIENTS) List<@NotNull @Valid Recipient> recipients,
        @Valid Signer signer,
        @Size(max = Limits.RULES) List<@NotNull @Valid RecipientRule> recipientRules,
        @Size(max = Limits.EXCLUSIONS) List<@NotNull @Pattern(regexp = Limits.UNIT_CODE) String> excludedUnitCodes,
        @Size(max = Limits.OTHER_RECIPIENTS) List<@NotBlank @Size(max = Limits.SHORT) String> otherRecipients,
        ReviewLevel reviewBy,
        @Size(max = 64) String implementsPlanId) {

    /** Document type of a plan. */
    public static final String DEFAULT_DOCUMENT_TYPE = "KẾ HOẠCH";
    /** Zone of the province. */
    public static final String DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

    @PersistenceCreator
    @JsonCreator
    public PlanContent {
        documentType = documentType == null ? DEFAULT_DOCUMENT_TYPE : documentType;
        timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
        purpose = purpose == null ? "" : purpose;
        legalBasis = Lists.of(legalBasis);
        requirements = Lists.of(requirements);
        sections = Lists.of(sections);
        tasks = Lists.of(tasks);
        phases = Lists.of(phases);
        template = template == null ? ReportTemplate.empty() : template;
        recipients = Lists.of(recipients);
        recipientRules = Lists.of(recipientRules);
        excludedUnitCodes = Lists.of(excludedUnitCodes);
        otherRecipients = Lists.of(otherRecipients);
        reviewBy = reviewBy == null ? ReviewLevel.PROVINCE : reviewBy;
    }

    /** Content of a plan of its own (implementing no other plan). */
    public PlanContent(Issuer issuer, String documentType, String title, String place, LocalDate issuedOn,
                       String timeZone, List<LegalBasis> legalBasis, String purpose, List<String> requirements,
                       List<Section> sections, List<Task> tasks, List<Phase> phases, ReportTemplate template,
                       List<Recipient> recipients, Signer signer, List<RecipientRule> recipientRules,
                       List<String> excludedUnitCodes, List<String> otherRecipients, ReviewLevel reviewBy) {
        this(issuer, documentType, title, place, issuedOn, timeZone, legalBasis, purpose, requirements, sections,
                tasks, phases, template, recipients, signer, recipientRules, excludedUnitCodes, otherRecipients,
                reviewBy, null);
    }

    /** Content without recipient rules, exclusions or free-text recipients. */
    public PlanContent(Issuer issuer, String documentType, String title, String place, LocalDate issuedOn,
                       String timeZone, List<LegalBasis> legalBasis, String purpose, List<String> requirements,
                       List<Section> sections, List<Task> tasks, List<Phase> phases, ReportTemplate template,
                       List<Recipient> recipients, Signer signer) {
        this(issuer, documentType, title, place, issuedOn, timeZone, legalBasis, purpose, requirements, sections,
                tasks, phases, template, recipients, signer, List.of(), List.of(), List.of(), ReviewLevel.PROVINCE, null);
    }

    /** Content without recipient rules, exclusions or free-text recipients, reviewed by {@code reviewBy}. */
    public PlanContent(Issuer issuer, String documentType, String title, String place, LocalDate issuedOn,
                       String timeZone, List<LegalBasis> legalBasis, String purpose, List<String> requirements,
                       List<Section> sections, List<Task> tasks, List<Phase> phases, ReportTemplate template,
                       List<Recipient> recipients, Signer signer, ReviewLevel reviewBy) {
        this(issuer, documentType, title, place, issuedOn, timeZone, legalBasis, purpose, requirements, sections,
                tasks, phases, template, recipients, signer, List.of(), List.of(), List.of(), reviewBy, null);
    }

    /** Whether this plan implements another (published) plan. */
    @JsonIgnore
    public boolean isImplementing() {
        return implementsPlanId != null;
    }

    /** Whether the plan addresses units by rule. */
    public boolean hasRules() {
        return !recipientRules.isEmpty();
    }

    /**
     * The content for a plan that follows this one (the next phase or year): the same texts, template, recipients
     * and signer, without a date of issue and without phases, whose dates were this plan's.
     */
    public PlanContent forNextPlan() {
        return new PlanContent(issuer, documentType, title, place, null, timeZone, legalBasis, purpose, requirements,
                sections, tasks, List.of(), template, recipients, signer, recipientRules, excludedUnitCodes,
                otherRecipients, reviewBy, implementsPlanId);
    }

    /** The same content signed by {@code by}. */
    public PlanContent withSigner(Signer by) {
        return new PlanContent(issuer, documentType, title, place, issuedOn, timeZone, legalBasis, purpose,
                requirements, sections, tasks, phases, template, recipients, by, recipientRules, excludedUnitCodes,
                otherRecipients, reviewBy, implementsPlanId);
    }

    /** The same content issued at {@code newPlace}. */
    public PlanContent withPlace(String newPlace) {
        return new PlanContent(issuer, documentType, title, newPlace, issuedOn, timeZone, legalBasis, purpose,
                requirements, sections, tasks, phases, template, recipients, signer, recipientRules, excludedUnitCodes,
                otherRecipients, reviewBy, implementsPlanId);
    }

    /** The same content with the given date of issue. */
    public PlanContent withIssuedOn(LocalDate date) {
        return new PlanContent(issuer, documentType, title, place, date, timeZone, legalBasis, purpose, requirements,
                sections, tasks, phases, template, recipients, signer, recipientRules, excludedUnitCodes,
                otherRecipients, reviewBy, implementsPlanId);
    }
}
