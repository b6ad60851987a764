/**
 * Reports as notification-service sees them, from the {@code report-events} topic: which unit has reported for
 * which phase (the scheduler's ledger), and the notices each report event causes.
 */
package vn.ldld.notification.report;
