package vn.ldld.analytics.event;

/** The CloudEvents types analytics applies; any other type is skipped. */
final class EventTypes {

    static final String PLAN_PUBLISHED = "vn.ldld.plan.published.v1";
    static final String PLAN_AMENDED = "vn.ldld.plan.amended.v1";
    static final String PLAN_CLOSED = "vn.ldld.plan.closed.v1";
    static final String PLAN_CANCELLED = "vn.ldld.plan.cancelled.v1";
    static final String PLAN_PUBLISHED_V2 = "vn.ldld.plan.published.v2";
    static final String PLAN_AMENDED_V2 = "vn.ldld.plan.amended.v2";
    static final String PLAN_RECIPIENTS_LISTED = "vn.ldld.plan.recipients-listed.v1";
    static final String REPORT_SUBMITTED = "vn.ldld.report.submitted.v1";
    static final String REPORT_REVISED = "vn.ldld.report.revised.v1";
    static final String REPORT_RETURNED = "vn.ldld.report.returned.v1";
    static final String REPORT_ACCEPTED = "vn.ldld.report.accepted.v1";
    static final String REMINDER_SENT = "vn.ldld.notification.reminder-sent.v1";
    static final String REPORT_OVERDUE = "vn.ldld.notification.report-overdue.v1";

    private EventTypes() {
    }
}
