package vn.ldld.notification.preference;

import java.time.Instant;

/**
 * A unit's webhook as province staff review it.
 *
 * @param updatedAt when the unit's preferences were last set
 * @param approvedBy who approved the URL now approved, or null
 * @param approvedAt when, or null
 */
record WebhookView(String unitCode, String webhookUrl, WebhookStatus status, Instant updatedAt, String approvedBy,
                   Instant approvedAt) {

    static WebhookView of(UnitPreferences preferences) {
        WebhookApproval approval = preferences.webhookApproved() ? preferences.webhookApproval() : null;
        return new WebhookView(preferences.unitCode(), preferences.webhookUrl(), WebhookStatus.of(preferences),
                preferences.updatedAt(), approval == null ? null : approval.approvedBy(),
                approval == null ? null : approval.approvedAt());
    }
}
