/**
 * Plans as notification-service sees them: its own copy, built only from the {@code plan-events} topic, and what
 * each plan event does to the schedule (plan issued, reminders scheduled, rescheduled on amendment, cancelled when
 * the plan ends).
 */
package vn.ldld.notification.plan;
