package vn.ldld.notification.delivery;

/**
 * Why a delivery failed, as the delivery log shows it ({@code lastError}). Deliberately coarse: a webhook target's
 * answer, status or connection error is never shown (the log would tell a unit what listens where on a network it
 * cannot see); the detail goes to the service log with the delivery id.
 */
public enum DeliveryFailure {
    /** The webhook call failed: no connection, a timeout, a TLS failure, an answer other than 2xx, a redirect. */
    WEBHOOK_NOT_ACCEPTED,
    /** The webhook host is, or now resolves to, an address on this server or an internal network. */
    WEBHOOK_ADDRESS_REFUSED,
    /** Province staff have not approved the unit's current webhook URL (or withdrew the approval). */
    WEBHOOK_NOT_APPROVED,
    /** The unit has no webhook secret any more. */
    WEBHOOK_SECRET_MISSING,
    /** The unit's webhook secret cannot be decrypted with the service's keys. */
    WEBHOOK_SECRET_UNREADABLE,
    /** The e-mail could not be handed to the SMTP server. */
    MAIL_NOT_SENT,
    /** Any other failure; also shown for a reason stored by an earlier version. */
    DELIVERY_FAILED;

    /** The reason to show for a stored {@code lastError}: only the codes above, never free text. */
    static String shown(String stored) {
        if (stored == null) {
            return null;
        }
        for (DeliveryFailure failure : values()) {
            if (failure.name().equals(stored)) {
                return stored;
            }
        }
        return DELIVERY_FAILED.name();
    }
}
