package vn.ldld.notification.schedule;

/**
 * Where a scheduled notification stands: {@code PENDING} until due, {@code CLAIMED} by one scheduler instance for
 * the length of its lease, then {@code SENT}, {@code CANCELLED} (a report, amendment or plan end made it pointless)
 * or {@code SKIPPED} (stale when it came due: the deadline had passed or a later reminder superseded it).
 */
public enum NotificationStatus {
    PENDING, CLAIMED, SENT, CANCELLED, SKIPPED
}
