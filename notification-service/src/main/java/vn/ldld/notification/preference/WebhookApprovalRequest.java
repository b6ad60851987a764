package vn.ldld.notification.preference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/notifications/webhooks/{unit}/approval}.
 *
 * @param webhookUrl the URL reviewed: approved only if it still is the unit's URL
 */
record WebhookApprovalRequest(@NotBlank @Size(max = 2000) String webhookUrl) {
}
