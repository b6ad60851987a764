package vn.ldld.notification.preference;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The channel settings of every unit, with the defaults for a unit that has set none. */
@Component
public class Preferences {

    private final MongoTemplate mongo;
    private final PreferencesProperties properties;
    private final Clock clock;

    Preferences(MongoTemplate mongo, PreferencesProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** The unit's preferences, or the defaults. */
    public UnitPreferences of(String unitCode) {
        UnitPreferences stored = mongo.findById(unitCode, UnitPreferences.class);
        if (stored != null) {
            return stored;
        }
        String domain = properties.defaultEmailDomain();
        if (domain == null || domain.isBlank()) {
            return new UnitPreferences(unitCode, Set.of(), null, null, null, null);
        }
        return new UnitPreferences(unitCode, EnumSet.of(Channel.EMAIL),
                unitCode.toLowerCase(Locale.ROOT) + "@" + domain, null, null, null);
    }

    UnitPreferences save(String unitCode, Set<Channel> channels, String email, String webhookUrl,
                         String webhookSecret) {
        Set<Channel> external = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
        external.remove(Channel.IN_APP);
        UnitPreferences preferences = new UnitPreferences(unitCode, external, email, webhookUrl, webhookSecret,
                clock.instant());
        return mongo.save(preferences);
    }
}
