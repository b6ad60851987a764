package vn.ldld.report.reports;

/**
 * The level at which a report was reviewed: the issuing province federation's staff, or the staff of the reporting
 * unit's parent unit (a district federation reviewing its grassroots unions) for a plan reviewed by the parent.
 */
public enum ReviewLevel {
    PROVINCE, PARENT;

    /** The plan event's {@code reviewBy}: PARENT, or PROVINCE for anything else (absent, unknown). */
    public static ReviewLevel ofPlan(String reviewBy) {
        return "PARENT".equals(reviewBy) ? PARENT : PROVINCE;
    }
}
