package vn.ldld.plan.plan;

import java.util.List;

/** The plan's content breaks one or more {@link PlanRules}. */
public class PlanRuleViolationException extends RuntimeException {

    private final List<Violation> violations;

    public PlanRuleViolationException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /** Every broken rule. */
    public List<Violation> violations() {
        return violations;
    }
}
