package vn.ldld.notification.preference;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A unit's preferences as the API shows them: the secret is never returned, only whether one is set.
 *
 * @param webhookStatus whether province staff approved the webhook URL: nothing is posted before
 * @param defaults true when the unit has set nothing and these are the service's defaults
 */
record PreferencesResponse(String unitCode, Set<Channel> channels, String email, String webhookUrl,
                           boolean webhookSecretSet, WebhookStatus webhookStatus, boolean defaults,
                           Instant updatedAt) {

    static PreferencesResponse of(UnitPreferences preferences) {
        Set<Channel> channels = new TreeSet<>(preferences.channels());
        channels.add(Channel.IN_APP);
        return new PreferencesResponse(preferences.unitCode(), channels, preferences.email(),
                preferences.webhookUrl(), preferences.hasWebhookSecret(), WebhookStatus.of(preferences),
                preferences.updatedAt() == null,
                preferences.updatedAt());
    }
}
