/**
 * The persisted notification schedule: cadence, scheduling and cancelling, the dispatcher that claims due
 * notifications with a lease and sends each once, the ReminderSent and ReportOverdue events, the templates.
 */
package vn.ldld.notification.schedule;
