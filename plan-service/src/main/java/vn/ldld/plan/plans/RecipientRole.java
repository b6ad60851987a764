package vn.ldld.plan.plans;

/** Why a unit receives a plan (nơi nhận). */
public enum RecipientRole {
    /** The unit must submit a report for each phase. */
    MUST_REPORT,
    /** The unit is informed only (để biết). */
    FOR_INFORMATION
}
