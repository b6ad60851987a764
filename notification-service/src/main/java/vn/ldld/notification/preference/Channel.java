package vn.ldld.notification.preference;

/** A way of reaching a unit. {@code IN_APP} (the inbox) is always on. */
public enum Channel {
    IN_APP, EMAIL, WEBHOOK
}
