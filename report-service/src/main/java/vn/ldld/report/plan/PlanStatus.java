package vn.ldld.report.plan;

/** Where a plan stands for report intake: only a published plan takes reports. */
public enum PlanStatus {
    PUBLISHED, CLOSED, CANCELLED
}
