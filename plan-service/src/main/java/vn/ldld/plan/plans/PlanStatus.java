package vn.ldld.plan.plans;

/** Life cycle of a plan: a draft is edited, then published; a published plan is later closed or cancelled. */
public enum PlanStatus {
    /** Being written; invisible to the units, editable. */
    DRAFT,
    /** Issued: numbered, announced to the recipients, open for reports. */
    PUBLISHED,
    /** Over: no more reports expected. */
    CLOSED,
    /** Withdrawn. */
    CANCELLED
}
