package vn.ldld.plan.plans;

import java.util.ArrayList;
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
        PlanContent resolved = new PlanContent(issuer, content.documentType(), content.title(), content.place(),
                content.issuedOn(), content.timeZone(), content.legalBasis(), content.purpose(),
                content.requirements(), content.sections(), content.tasks(), content.phases(), content.template(),
                recipients, content.signer(), content.reviewBy());
        return new Resolution(resolved, violations);
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
     * A plan's content checked against the directory.
     *
     * @param content the content with the directory's units
     * @param violations the unknown or inactive units
     */
    public record Resolution(PlanContent content, List<Violation> violations) {
    }
}
