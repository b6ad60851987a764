package vn.ldld.plan.plans;

/** What an amendment changed, as in the plan-amended contract. */
public enum ChangeKind {
    /** A phase's report deadline moved. */
    DEADLINE_CHANGED,
    /** A phase was added. */
    PHASE_ADDED,
    /** A unit became a recipient. */
    RECIPIENT_ADDED,
    /** A unit is no longer a recipient. */
    RECIPIENT_REMOVED,
    /** Any other field was corrected (text, a recipient's role, ...). */
    TEXT_CORRECTED
}
