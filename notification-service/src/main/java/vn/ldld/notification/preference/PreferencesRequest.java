package vn.ldld.notification.preference;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ldld.webhook.WebhookUrl;

/**
 * Body of {@code PUT /api/notifications/preferences/{unit}}.
 *
 * @param channels channels besides the inbox ({@code EMAIL}, {@code WEBHOOK}); empty for the inbox only
 * @param email required with {@code EMAIL}
 * @param webhookUrl https URL of the unit's receiver on a public address, required with {@code WEBHOOK}
 * @param webhookSecret at least 16 characters, required with {@code WEBHOOK} unless the unit has one (then kept)
 */
record PreferencesRequest(@NotNull Set<@NotNull Channel> channels,
                          @Email @Size(max = 254) String email,
                          @WebhookUrl @Size(max = 2000) String webhookUrl,
                          @Size(min = 16, max = 200) String webhookSecret) {
}
