package vn.ldld.report.report;

/** The plan, phase or unit of a submission does not allow it; {@link #reason} says which rule, {@link #field} where. */
public class IntakeRefusedException extends RuntimeException {

    /** Why intake refused. */
    public enum Reason {
        /** No event of the plan has arrived: unknown plan. */
        PLAN_UNKNOWN,
        /** The plan is closed or cancelled. */
        PLAN_NOT_OPEN,
        /** The plan has no such phase. */
        PHASE_UNKNOWN,
        /** The unit is not one of the plan's must-report recipients. */
        UNIT_NOT_ADDRESSED
    }

    private final Reason reason;
    private final String field;

    public IntakeRefusedException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
