package vn.ldld.plan.plans;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.plan.units.Unit;
import vn.ldld.plan.units.UnitDirectory;

/**
 * Checks the units a plan names against the units directory and fills them from it: the issuer and every
 * recipient must exist and be active, and their name, short name, kind and parent are the directory's (whatever
 * the request said), so that the plan's events carry the directory's data.
 */
@Component
class PlanUnits {

    private final UnitDirectory directory;

    public PlanUnits(UnitDirectory directory) {
        this.directory = directory;
    }

    /**
     * {@code content} with its issuer and recipients as the directory has them, and a violation for each unknown
     * or inactive one (named {@code issuer.code}, {@code recipients[3].unit.code}); units not found are left as
     * the request gave them.
     */
    public Resolution resolve(PlanContent content) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(content.issuer().code());
        content.recipients().forEach(r -> codes.add(r.unit().code()));
        content.recipientRules().forEach(r -> codes.add(r.under()));
        Map<String, Unit> units = directory.find(codes);

        List<Violation> violations = new ArrayList<>();
        Issuer issuer = content.issuer();
        Unit issuing = units.get(issuer.code());
        if (check(issuing, issuer.code(), "issuer.code", violations)) {
            issuer = new Issuer(issuing.code(), issuing.name(), issuing.shortName(), issuing.kind(),
                    issuing.parentCode(), issuer.documentSymbol());
        }
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < content.recipients().size(); i++) {
            Recipient recipient = content.recipients().get(i);
            Unit unit = units.get(recipient.unit().code());
            recipients.add(check(unit, recipient.unit().code(), "recipients[" + i + "].unit.code", violations)
                    ? new Recipient(ref(unit), recipient.role()) : recipient);
        }
        for (int i = 0; i < content.recipientRules().size(); i++) {
            String under = content.recipientRules().get(i).under();
            check(units.get(under), under, "recipientRules[" + i + "].under", violations);
        }
        PlanContent resolved = new PlanContent(issuer, content.documentType(), content.title(), content.place(),
                content.issuedOn(), content.timeZone(), content.legalBasis(), content.purpose(),
                content.requirements(), content.sections(), content.tasks(), content.phases(), content.template(),
                recipients, content.signer(), content.recipientRules(), content.excludedUnitCodes(),
                content.otherRecipients(), content.reviewBy(), content.implementsPlanId());
        return new Resolution(resolved, violations);
    }

    /**
     * The units {@code content} addresses (its listed units as {@link #resolve} filled them, then the active units
     * each rule selects, less the excluded ones), each once: a unit listed by hand keeps its role; a unit that
     * several rules select must report if one of them says so. Violations: no unit must report although a rule
     * would have them, or more than {@value Limits#MUST_REPORT} must report (named {@code recipientRules}, or
     * {@code recipients} for a plan without rules).
     */
    public Recipients recipients(PlanContent content) {
        Map<String, Recipient> selected = new LinkedHashMap<>();
        content.recipients().forEach(r -> selected.put(r.unit().code(), r));
        Set<String> listed = new HashSet<>(selected.keySet());
        Set<String> excluded = new HashSet<>(content.excludedUnitCodes());
        for (RecipientRule rule : content.recipientRules()) {
            for (Unit unit : directory.below(rule.under(), rule.depth() == RecipientRule.Depth.DESCENDANTS)) {
                if (!unit.active() || excluded.contains(unit.code()) || listed.contains(unit.code())
                        || !rule.kinds().isEmpty() && !rule.kinds().contains(unit.kind())) {
                    continue;
                }
                Recipient before = selected.get(unit.code());
                if (before == null || before.role() == RecipientRole.FOR_INFORMATION) {
                    RecipientRole role = before == null ? rule.role() : rule.role() == RecipientRole.MUST_REPORT
                            ? RecipientRole.MUST_REPORT : before.role();
                    selected.put(unit.code(), new Recipient(ref(unit), role));
                }
            }
        }
        ResolvedRecipients resolved = new ResolvedRecipients(new ArrayList<>(selected.values()));
        List<Violation> violations = new ArrayList<>();
        String field = content.hasRules() ? "recipientRules" : "recipients";
        int mustReport = resolved.mustReport();
        boolean ruleMustReport = content.recipientRules().stream().anyMatch(r -> r.role() == RecipientRole.MUST_REPORT);
        if (mustReport == 0 && ruleMustReport) {
            violations.add(new Violation(field, "the rules select no active unit that must report"));
        }
        if (mustReport > Limits.MUST_REPORT) {
            violations.add(new Violation(field, ("the plan addresses %d units that must report; a plan may address at"
                    + " most %d: split it, e.g. one plan per district federation")
                    .formatted(mustReport, Limits.MUST_REPORT)));
        }
        return new Recipients(resolved, violations);
    }

    private static boolean check(Unit unit, String code, String field, List<Violation> violations) {
        if (unit == null) {
            violations.add(new Violation(field, "there is no unit " + code + " in the units directory"));
            return false;
        }
        if (!unit.active()) {
            violations.add(new Violation(field, "unit " + code + " is inactive"));
            return false;
        }
        return true;
    }

    private static UnitRef ref(Unit unit) {
        return new UnitRef(unit.code(), unit.name(), unit.shortName(), unit.kind(), unit.parentCode());
    }

    /**
     * The units a plan addresses, resolved.
     *
     * @param resolved the recipients
     * @param violations why they cannot be published
     */
    public record Recipients(ResolvedRecipients resolved, List<Violation> violations) {
    }

    /**
     * A plan's content checked against the directory.
     *
     * @param content the content with the directory's units
     * @param violations the unknown or inactive units
     */
    public record Resolution(PlanContent content, List<Violation> violations) {
    }
}
