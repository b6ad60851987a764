package vn.ldld.notification.preference;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A unit's preferences as the API shows them: the secret is never returned, only whether one is set.
 *
 * @param defaults true when the unit has set nothing and these are the service's defaults
 */
record PreferencesResponse(String unitCode, Set<Channel> channels, String email, String webhookUrl,
                           boolean webhookSecretSet, boolean defaults, Instant updatedAt) {

    static PreferencesResponse of(UnitPreferences preferences) {
        Set<Channel> channels = new TreeSet<>(preferences.channels());
        channels.add(Channel.IN_APP);
        return new PreferencesResponse(preferences.unitCode(), channels, preferences.email(),
                preferences.webhookUrl(), preferences.webhookSecret() != null, preferences.updatedAt() == null,
                preferences.updatedAt());
    }
}
