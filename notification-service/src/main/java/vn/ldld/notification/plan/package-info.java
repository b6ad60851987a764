/**
 * Plans as notification-service sees them: its own copy, built only from the {@code plan-events} topic.
 */
package vn.ldld.notification.plan;
