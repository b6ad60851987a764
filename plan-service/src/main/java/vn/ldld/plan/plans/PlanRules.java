package vn.ldld.plan.plans;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a plan's content must follow beyond the shape of each field: {@link #consistency} whenever a draft is
 * saved, {@link #publishability} before it is published. Pure functions, one {@link Violation} per broken rule.
 */
final class PlanRules {

    private PlanRules() {
    }

    /** Rules every saved draft follows: a known zone, coherent phases, no duplicated codes or numbers. */
    public static List<Violation> consistency(PlanContent content) {
        List<Violation> violations = new ArrayList<>();
        ZoneId zone = zone(content, violations);
        checkPhases(content, zone, violations);
        checkTemplate(content.template(), violations);
        checkRecipients(content, violations);
        checkRules(content, violations);
        checkTasks(content, violations);
        return violations;
    }

    /** Everything {@link #consistency} checks, plus what a plan needs to be issued and reported on. */
    public static List<Violation> publishability(PlanContent content) {
        List<Violation> violations = new ArrayList<>(consistency(content));
        if (content.place() == null || content.place().isBlank()) {
            violations.add(new Violation("place", "the place of issue is required for publication"));
        }
        if (content.signer() == null) {
            violations.add(new Violation("signer", "the signer is required for publication"));
        }
        if (content.phases().isEmpty()) {
            violations.add(new Violation("phases", "a plan needs at least one phase"));
        }
        boolean someMustReport = content.recipients().stream()
                .anyMatch(r -> r != null && r.role() == RecipientRole.MUST_REPORT)
                || content.recipientRules().stream().anyMatch(r -> r != null && r.role() == RecipientRole.MUST_REPORT);
        if (!someMustReport) {
            violations.add(new Violation("recipients", "at least one recipient must have the role MUST_REPORT"));
        }
        return violations;
    }

    private static ZoneId zone(PlanContent content, List<Violation> violations) {
        try {
            return ZoneId.of(content.timeZone());
        } catch (DateTimeException e) {
            violations.add(new Violation("timeZone", "unknown time zone " + content.timeZone()));
            return null;
        }
    }

    private static void checkPhases(PlanContent content, ZoneId zone, List<Violation> violations) {
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < content.phases().size(); i++) {
            Phase phase = content.phases().get(i);
            if (phase == null) {
                continue;
            }
            String path = "phases[" + i + "]";
            if (phase.number() != null && !numbers.add(phase.number())) {
                violations.add(new Violation(path + ".number", "phase number " + phase.number() + " is used twice"));
            }
            if (phase.startDate() == null) {
                continue;
            }
            if (phase.endDate() != null && phase.endDate().isBefore(phase.startDate())) {
                violations.add(new Violation(path + ".endDate", "the phase ends before it starts"));
            }
            if (zone != null && phase.reportDeadline() != null) {
                Instant start = phase.startDate().atStartOfDay(zone).toInstant();
                if (!phase.reportDeadline().isAfter(start)) {
                    violations.add(new Violation(path + ".reportDeadline",
                            "the report deadline must be after the start of the phase"));
                }
            }
        }
    }

    private static void checkTemplate(ReportTemplate template, List<Violation> violations) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < template.indicators().size(); i++) {
            Indicator indicator = template.indicators().get(i);
            if (indicator != null && indicator.code() != null && !codes.add(indicator.code())) {
                violations.add(new Violation("template.indicators[" + i + "].code",
                        "indicator code " + indicator.code() + " is used twice"));
            }
        }
        codes.clear();
        for (int i = 0; i < template.narrativeSections().size(); i++) {
            NarrativeSection section = template.narrativeSections().get(i);
            if (section != null && section.code() != null && !codes.add(section.code())) {
                violations.add(new Violation("template.narrativeSections[" + i + "].code",
                        "section code " + section.code() + " is used twice"));
            }
        }
    }

    private static void checkRecipients(PlanContent content, List<Violation> violations) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < content.recipients().size(); i++) {
            Recipient recipient = content.recipients().get(i);
            if (recipient != null && recipient.unit() != null && recipient.unit().code() != null
                    && !codes.add(recipient.unit().code())) {
                violations.add(new Violation("recipients[" + i + "].unit.code",
                        "unit " + recipient.unit().code() + " is a recipient twice"));
            }
        }
    }

    private static void checkRules(PlanContent content, List<Violation> violations) {
        Set<String> excluded = new HashSet<>();
        for (int i = 0; i < content.excludedUnitCodes().size(); i++) {
            String code = content.excludedUnitCodes().get(i);
            if (code != null && !excluded.add(code)) {
                violations.add(new Violation("excludedUnitCodes[" + i + "]", "unit " + code + " is excluded twice"));
            }
        }
        for (int i = 0; i < content.recipientRules().size(); i++) {
            RecipientRule rule = content.recipientRules().get(i);
            if (rule != null && rule.under() != null && excluded.contains(rule.under())) {
                violations.add(new Violation("recipientRules[" + i + "].under",
                        "the rule is under unit " + rule.under() + ", which is excluded"));
            }
        }
    }

    private static void checkTasks(PlanContent content, List<Violation> violations) {
        for (int i = 0; i < content.tasks().size(); i++) {
            Task task = content.tasks().get(i);
            if (task != null && new HashSet<>(task.assignedUnitCodes()).size() != task.assignedUnitCodes().size()) {
                violations.add(new Violation("tasks[" + i + "].assignedUnitCodes", "a unit is assigned twice"));
            }
        }
    }
}
