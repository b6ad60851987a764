package vn.ldld.notification.preference;

/** Where a unit's webhook stands. */
public enum WebhookStatus {
    /** No webhook URL. */
    NONE,
    /** A URL province staff have not approved (yet): nothing is posted to it. */
    PENDING_APPROVAL,
    /** Approved by province staff: events are posted to it. */
    APPROVED;

    static WebhookStatus of(UnitPreferences preferences) {
        if (preferences.webhookUrl() == null) {
            return NONE;
        }
        return preferences.webhookApproved() ? APPROVED : PENDING_APPROVAL;
    }
}
