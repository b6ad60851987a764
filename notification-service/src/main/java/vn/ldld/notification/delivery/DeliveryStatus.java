package vn.ldld.notification.delivery;

/**
 * {@code PENDING} (waiting for its time: quiet hours or the next retry), {@code SENDING} (claimed by one instance),
 * {@code SENT}, or {@code FAILED} once retries ran out.
 */
public enum DeliveryStatus {
    PENDING, SENDING, SENT, FAILED
}
