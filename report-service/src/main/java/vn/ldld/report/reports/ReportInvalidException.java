package vn.ldld.report.report;

import java.util.List;

/** The report breaks its plan's template: every wrong field is named. */
public class ReportInvalidException extends RuntimeException {

    private final List<Violation> violations;

    public ReportInvalidException(List<Violation> violations) {
        super(violations.size() == 1 ? "Invalid field " + violations.get(0).field()
                : violations.size() + " invalid fields");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
