package vn.ldld.plan.plans;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.plan.units.UnitDirectory;

/**
 * The rules of a plan that implements another ({@link PlanContent#implementsPlanId()}): a district's Kế hoạch triển
 * khai of the province's plan. The plan it implements is published and names the issuer among the units that must
 * report; the plan addresses only units below its issuer; each of its phases feeds the phase of the same number of the
 * plan it implements.
 */
@Component
class ImplementingPlans {

    private final PlanStore plans;
    private final PlanRecipientStore recipients;
    private final UnitDirectory directory;

    ImplementingPlans(PlanStore plans, PlanRecipientStore recipients, UnitDirectory directory) {
        this.plans = plans;
        this.recipients = recipients;
        this.directory = directory;
    }

    /** The rules a draft follows when it is saved (none for a plan of its own). */
    List<Violation> ofDraft(PlanContent content) {
        if (!content.isImplementing()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        Optional<Plan> parent = plans.find(content.implementsPlanId()).filter(p -> p.status() == PlanStatus.PUBLISHED);
        if (parent.isEmpty()) {
            violations.add(new Violation("implementsPlanId", "the plan it implements must be a published plan"));
        } else if (role(parent.get(), content.issuer().code()).orElse(null) != RecipientRole.MUST_REPORT) {
            violations.add(new Violation("issuer.code", "the issuer must be a unit that must report on the plan it "
                    + "implements (" + parent.get().number() + ")"));
        }
        violations.addAll(addressedBelowIssuer(content));
        return violations;
    }

    /** The rules a draft follows to be published: those of {@link #ofDraft} and the phases of the plan it implements. */
    List<Violation> ofPublication(PlanContent content) {
        List<Violation> violations = new ArrayList<>(ofDraft(content));
        if (content.isImplementing()) {
            plans.find(content.implementsPlanId()).ifPresent(parent -> violations.addAll(phases(content, parent)));
        }
        return violations;
    }

    /**
     * The rules an amendment follows: it still addresses only units below its issuer and its phases are the plan's it
     * implements (which may have been closed since: an implementing plan's deadlines can still be extended).
     */
    List<Violation> ofAmendment(PlanContent content) {
        if (!content.isImplementing()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>(addressedBelowIssuer(content));
        plans.find(content.implementsPlanId()).ifPresent(parent -> violations.addAll(phases(content, parent)));
        return violations;
    }

    /** The role of {@code unitCode} among the recipients of {@code plan} at its current version, if it is one. */
    Optional<RecipientRole> role(Plan plan, String unitCode) {
        if (!plan.wasPublished()) {
            return Optional.empty();
        }
        if (recipients.has(plan.id(), plan.publishedVersion())) {
            return recipients.find(plan.id(), plan.publishedVersion(), unitCode).map(Recipient::role);
        }
        return plan.content().recipients().stream().filter(r -> unitCode.equals(r.unit().code()))
                .map(Recipient::role).findFirst();
    }

    private List<Violation> addressedBelowIssuer(PlanContent content) {
        String issuer = content.issuer().code();
        Set<String> codes = new LinkedHashSet<>();
        content.recipients().forEach(r -> codes.add(r.unit().code()));
        content.recipientRules().forEach(r -> codes.add(r.under()));
        codes.remove(issuer);
        Set<String> outside = codes.isEmpty() ? Set.of() : directory.notBelow(codes, issuer);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < content.recipients().size(); i++) {
            String code = content.recipients().get(i).unit().code();
            if (code.equals(issuer) || outside.contains(code)) {
                violations.add(new Violation("recipients[" + i + "].unit.code", "an implementing plan addresses only "
                        + "units below its issuer " + issuer + "; " + code + " is not one of them"));
            }
        }
        for (int i = 0; i < content.recipientRules().size(); i++) {
            String under = content.recipientRules().get(i).under();
            if (outside.contains(under)) {
                violations.add(new Violation("recipientRules[" + i + "].under", "an implementing plan's rules are "
                        + "under its issuer " + issuer + " or a unit below it; " + under + " is not"));
            }
        }
        return violations;
    }

    private static List<Violation> phases(PlanContent content, Plan parent) {
        Set<Integer> numbers = new HashSet<>();
        parent.content().phases().forEach(p -> numbers.add(p.number()));
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < content.phases().size(); i++) {
            Integer number = content.phases().get(i).number();
            if (number != null && !numbers.contains(number)) {
                violations.add(new Violation("phases[" + i + "].number", "the plan it implements ("
                        + parent.number() + ") has no phase " + number + ": each phase feeds the phase of the "
                        + "same number of the plan it implements"));
            }
        }
        return violations;
    }
}
