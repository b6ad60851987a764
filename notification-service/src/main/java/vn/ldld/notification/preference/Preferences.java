package vn.ldld.notification.preference;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.ldld.notification.secret.SealedSecret;
import vn.ldld.notification.secret.SecretBox;
import vn.ldld.notification.secret.UnreadableSecretException;

/**
 * The channel settings of every unit, with the defaults for a unit that has set none. Webhook secrets are stored
 * encrypted ({@link SecretBox}); a webhook URL is posted to only once province staff approved it.
 */
@Component
public class Preferences {

    private final MongoTemplate mongo;
    private final PreferencesProperties properties;
    private final SecretBox secrets;
    private final Clock clock;

    Preferences(MongoTemplate mongo, PreferencesProperties properties, SecretBox secrets, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The unit's preferences, or the defaults. */
    public UnitPreferences of(String unitCode) {
        UnitPreferences stored = mongo.findById(unitCode, UnitPreferences.class);
        return stored != null ? stored : defaults(unitCode);
    }

    /** The preferences of each of {@code unitCodes} (or the defaults), read in one query, by unit code. */
    public Map<String, UnitPreferences> of(Collection<String> unitCodes) {
        Map<String, UnitPreferences> found = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(Set.copyOf(unitCodes))), UnitPreferences.class)
                .forEach(stored -> found.put(stored.unitCode(), stored));
        Map<String, UnitPreferences> all = new LinkedHashMap<>();
        unitCodes.forEach(code -> all.put(code, found.containsKey(code) ? found.get(code) : defaults(code)));
        return all;
    }

    private UnitPreferences defaults(String unitCode) {
        String domain = properties.defaultEmailDomain();
        if (domain == null || domain.isBlank()) {
            return new UnitPreferences(unitCode, Set.of(), null, null, null, null, null, null);
        }
        return new UnitPreferences(unitCode, EnumSet.of(Channel.EMAIL),
                unitCode.toLowerCase(Locale.ROOT) + "@" + domain, null, null, null, null, null);
    }

    /**
     * The unit's webhook secret in clear, for signing; null when it has none.
     *
     * @throws UnreadableSecretException when it was encrypted with a key no longer in the ring
     */
    public String webhookSecret(UnitPreferences preferences) throws UnreadableSecretException {
        if (preferences.sealedWebhookSecret() != null) {
            return secrets.open(preferences.sealedWebhookSecret(), secretContext(preferences.unitCode()));
        }
        return preferences.legacyWebhookSecret();
    }

    /**
     * Replaces a unit's preferences; the secret is stored encrypted. Without a new secret, a unit keeping a webhook
     * keeps the secret it has. The webhook stays approved if its URL is the one approved; {@code approvedBy} (province
     * staff setting it themselves) approves it at once.
     */
    UnitPreferences save(String unitCode, Set<Channel> channels, String email, String webhookUrl,
                         String webhookSecret, String approvedBy) {
        Set<Channel> external = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
        external.remove(Channel.IN_APP);
        UnitPreferences current = webhookUrl == null ? null : mongo.findById(unitCode, UnitPreferences.class);
        WebhookApproval approval = null;
        if (webhookUrl != null && approvedBy != null) {
            approval = new WebhookApproval(webhookUrl, approvedBy, clock.instant());
        } else if (current != null && current.webhookApproval() != null
                && webhookUrl.equals(current.webhookApproval().url())) {
            approval = current.webhookApproval();
        }
        SealedSecret sealed = null;
        if (webhookSecret != null) {
            sealed = secrets.seal(webhookSecret, secretContext(unitCode));
        } else if (current != null && current.sealedWebhookSecret() != null) {
            sealed = current.sealedWebhookSecret();
        } else if (current != null && current.legacyWebhookSecret() != null) {
            sealed = secrets.seal(current.legacyWebhookSecret(), secretContext(unitCode));
        }
        return mongo.save(new UnitPreferences(unitCode, external, email, webhookUrl, sealed, null, approval,
                clock.instant()));
    }

    /** Whether the unit has a webhook secret stored (a new request may then leave it out). */
    boolean hasWebhookSecret(String unitCode) {
        UnitPreferences current = mongo.findById(unitCode, UnitPreferences.class);
        return current != null && current.hasWebhookSecret();
    }

    /**
     * Approves the unit's webhook URL, if it still is {@code webhookUrl}.
     *
     * @return the preferences approved, or null when the unit's URL is another one (or it has none)
     */
    UnitPreferences approve(String unitCode, String webhookUrl, String approvedBy) {
        return mongo.findAndModify(
                Query.query(Criteria.where("_id").is(unitCode).and("webhookUrl").is(webhookUrl)),
                new Update().set("webhookApproval", new WebhookApproval(webhookUrl, approvedBy, clock.instant())),
                FindAndModifyOptions.options().returnNew(true), UnitPreferences.class);
    }

    /** Withdraws the approval of the unit's webhook; null when the unit has no preferences. */
    UnitPreferences revoke(String unitCode) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(unitCode)),
                new Update().unset("webhookApproval"), FindAndModifyOptions.options().returnNew(true),
                UnitPreferences.class);
    }

    /** The units with a webhook URL, by unit code. */
    List<UnitPreferences> withWebhook() {
        return mongo.find(Query.query(Criteria.where("webhookUrl").ne(null)).with(Sort.by("_id")),
                UnitPreferences.class);
    }

    /** What a unit's webhook secret is bound to when encrypted: a value moved to another record does not decrypt. */
    static String secretContext(String unitCode) {
        return "preferences/" + unitCode + "/webhookSecret";
    }
}
