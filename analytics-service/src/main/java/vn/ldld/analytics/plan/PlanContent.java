package vn.ldld.analytics.plan;

import java.util.List;
import java.util.Optional;

import vn.ldld.analytics.unit.Unit;

/**
 * One version of a plan as {@code plan-published} and {@code plan-amended} carry it (the fields analytics uses).
 *
 * @param planId plan id
 * @param version version, from 1
 * @param number number and symbol, e.g. "15/KH-LĐLĐ"
 * @param documentType e.g. "KẾ HOẠCH"
 * @param title title (trích yếu)
 * @param issuer issuing unit
 * @param place place of issue, e.g. "Tây Ninh"
 * @param issuedOn date of issue, {@code YYYY-MM-DD}
 * @param timeZone the plan's zone
 * @param phases phases
 * @param template report template
 * @param recipients recipients, must-report and for-information
 * @param signer signer
 * @param reviewBy who reviews each unit's report: {@code PARENT} (its parent unit) or {@code PROVINCE}; absent in
 *                 events before it existed: the province
 * @param recipientSummary v2 events: how many units the version addresses; its recipients are listed apart
 *                         ({@link PlanRecipients}) and not in {@code recipients}; {@code null} for v1 events
 * @param implementsPlanId v2 events: the published plan this one implements (a district's kế hoạch triển khai of the
 *                         province's plan: its phase n feeds phase n of that plan); {@code null} for a plan of its own
 *                         and in events before it existed
 */
public record PlanContent(String planId, int version, String number, String documentType, String title,
                          Unit issuer, String place, String issuedOn, String timeZone, List<Phase> phases,
                          Template template, List<Recipient> recipients, Signer signer, String reviewBy,
                          RecipientSummary recipientSummary, String implementsPlanId) {

    public PlanContent {
        phases = phases == null ? List.of() : List.copyOf(phases);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        template = template == null ? new Template(List.of(), List.of()) : template;
    }

    /** Whether the recipients of this version are listed apart, one document per unit (v2 events). */
    public boolean recipientsListedApart() {
        return recipientSummary != null;
    }

    /** This content with {@code listed} as its recipients. */
    PlanContent withRecipients(List<Recipient> listed) {
        return new PlanContent(planId, version, number, documentType, title, issuer, place, issuedOn, timeZone, phases,
                template, listed, signer, reviewBy, recipientSummary, implementsPlanId);
    }

    /** The phase with this number. */
    public Optional<Phase> phase(int number) {
        return phases.stream().filter(p -> p.number() == number).findFirst();
    }

    /** The units that must report, in the published order. */
    public List<Unit> mustReport() {
        return recipients.stream().filter(Recipient::mustReport).map(Recipient::unit).toList();
    }

    /** The units informed only (nơi nhận "để biết"), in the published order. */
    public List<Unit> forInformation() {
        return recipients.stream().filter(r -> !r.mustReport()).map(Recipient::unit).toList();
    }
}
