package vn.ldld.plan.plans;

import java.util.List;

import vn.ldld.web.ApiError;
import vn.ldld.web.InvalidRequestException;

/** The plan's content breaks one or more {@link PlanRules}: a 400 naming every field at fault. */
public class PlanRuleViolationException extends InvalidRequestException {

    private final List<Violation> violations;

    public PlanRuleViolationException(String message, List<Violation> violations) {
        super(message, violations.stream().map(v -> new ApiError(v.field(), v.message())).toList());
        this.violations = List.copyOf(violations);
    }

    /** Every broken rule. */
    public List<Violation> violations() {
        return violations;
    }
}
