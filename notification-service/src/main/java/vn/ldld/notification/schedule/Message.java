package vn.ldld.notification.schedule;

/** A rendered notification: Vietnamese subject line and text. */
record Message(String subject, String body) {
}
