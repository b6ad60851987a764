/**
 * What notification-service told the units: reminders sent and reports found overdue at a deadline, built from
 * {@code notification-events} only.
 */
package vn.ldld.analytics.notice;
