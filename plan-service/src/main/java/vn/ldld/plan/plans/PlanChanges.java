package vn.ldld.plan.plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an amendment may change and what it changed. Pure functions over two versions of a plan's content; the field
 * paths are those of the content ({@code phases[0].reportDeadline}).
 */
final class PlanChanges {

    private PlanChanges() {
    }

    /**
     * The changes a published plan cannot take: its identity (issuer, symbol, zone), its report template (reports may
     * already have been made against it), its phases' dates and the phases themselves (one may be added).
     */
    public static List<Violation> forbidden(PlanContent before, PlanContent after) {
        List<Violation> violations = new ArrayList<>();
        if (!Objects.equals(before.issuer().code(), after.issuer().code())) {
            violations.add(new Violation("issuer.code", "the issuer of a published plan cannot change"));
        }
        if (!Objects.equals(before.issuer().documentSymbol(), after.issuer().documentSymbol())) {
            violations.add(new Violation("issuer.documentSymbol", "the number of a published plan cannot change"));
        }
        if (!Objects.equals(before.implementsPlanId(), after.implementsPlanId())) {
            violations.add(new Violation("implementsPlanId",
                    "the plan a published plan implements cannot change"));
        }
        if (!Objects.equals(before.timeZone(), after.timeZone())) {
            violations.add(new Violation("timeZone", "the time zone of a published plan cannot change"));
        }
        if (!Objects.equals(before.template(), after.template())) {
            violations.add(new Violation("template", "the report template of a published plan cannot be amended"));
        }
        Map<Integer, Integer> afterIndex = phaseIndex(after);
        for (Phase old : before.phases()) {
            Integer i = afterIndex.get(old.number());
            if (i == null) {
                violations.add(new Violation("phases", "phase " + old.number() + " cannot be removed"));
                continue;
            }
            Phase now = after.phases().get(i);
            if (!Objects.equals(old.startDate(), now.startDate())) {
                violations.add(new Violation("phases[" + i + "].startDate", "the dates of a phase cannot change"));
            }
            if (!Objects.equals(old.endDate(), now.endDate())) {
                violations.add(new Violation("phases[" + i + "].endDate", "the dates of a phase cannot change"));
            }
        }
        return violations;
    }

    /** The changes from {@code before} to {@code after}, in the order of the plan's fields; empty when none. */
    public static List<PlanChange> between(PlanContent before, PlanContent after) {
        List<PlanChange> changes = new ArrayList<>();
        text(changes, "documentType", before.documentType(), after.documentType(), true);
        text(changes, "title", before.title(), after.title(), true);
        text(changes, "place", before.place(), after.place(), true);
        text(changes, "issuer", before.issuer(), after.issuer(), false);
        text(changes, "legalBasis", before.legalBasis(), after.legalBasis(), false);
        text(changes, "purpose", before.purpose(), after.purpose(), false);
        text(changes, "requirements", before.requirements(), after.requirements(), false);
        text(changes, "sections", before.sections(), after.sections(), false);
        text(changes, "tasks", before.tasks(), after.tasks(), false);
        phases(changes, before, after);
        recipients(changes, before, after);
        text(changes, "recipientRules", before.recipientRules(), after.recipientRules(), false);
        text(changes, "excludedUnitCodes", before.excludedUnitCodes(), after.excludedUnitCodes(), false);
        text(changes, "otherRecipients", before.otherRecipients(), after.otherRecipients(), false);
        text(changes, "signer", before.signer(), after.signer(), false);
        text(changes, "reviewBy", before.reviewBy(), after.reviewBy(), true);
        return changes;
    }

    private static void phases(List<PlanChange> changes, PlanContent before, PlanContent after) {
        Map<Integer, Integer> beforeIndex = phaseIndex(before);
        for (int i = 0; i < after.phases().size(); i++) {
            Phase now = after.phases().get(i);
            Integer j = beforeIndex.get(now.number());
            String path = "phases[" + i + "]";
            if (j == null) {
                changes.add(new PlanChange(ChangeKind.PHASE_ADDED, now.number(), null, path, null, null));
                continue;
            }
            Phase old = before.phases().get(j);
            if (!Objects.equals(old.reportDeadline(), now.reportDeadline())) {
                changes.add(new PlanChange(ChangeKind.DEADLINE_CHANGED, now.number(), null, path + ".reportDeadline",
                        String.valueOf(old.reportDeadline()), String.valueOf(now.reportDeadline())));
            }
            text(changes, path + ".name", old.name(), now.name(), true);
        }
    }

    private static void recipients(List<PlanChange> changes, PlanContent before, PlanContent after) {
        Map<String, Recipient> old = new HashMap<>();
        before.recipients().forEach(r -> old.put(r.unit().code(), r));
        Map<String, Recipient> now = new HashMap<>();
        after.recipients().forEach(r -> now.put(r.unit().code(), r));
        for (int i = 0; i < after.recipients().size(); i++) {
            Recipient recipient = after.recipients().get(i);
            Recipient previous = old.get(recipient.unit().code());
            if (previous == null) {
                changes.add(new PlanChange(ChangeKind.RECIPIENT_ADDED, null, recipient.unit().code(), "recipients",
                        null, null));
            } else if (previous.role() != recipient.role()) {
                changes.add(new PlanChange(ChangeKind.TEXT_CORRECTED, null, recipient.unit().code(),
                        "recipients[" + i + "].role", previous.role().name(), recipient.role().name()));
            } else if (!previous.equals(recipient)) {
                changes.add(new PlanChange(ChangeKind.TEXT_CORRECTED, null, recipient.unit().code(),
                        "recipients[" + i + "].unit", null, null));
            }
        }
        for (Recipient recipient : before.recipients()) {
            if (!now.containsKey(recipient.unit().code())) {
                changes.add(new PlanChange(ChangeKind.RECIPIENT_REMOVED, null, recipient.unit().code(), "recipients",
                        null, null));
            }
        }
    }

    private static void text(List<PlanChange> changes, String field, Object before, Object after, boolean values) {
        if (!Objects.equals(before, after)) {
            changes.add(new PlanChange(ChangeKind.TEXT_CORRECTED, null, null, field,
                    values && before != null ? before.toString() : null,
                    values && after != null ? after.toString() : null));
        }
    }

    private static Map<Integer, Integer> phaseIndex(PlanContent content) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < content.phases().size(); i++) {
            index.put(content.phases().get(i).number(), i);
        }
        return index;
    }
}
