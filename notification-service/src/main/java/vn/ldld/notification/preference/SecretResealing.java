package vn.ldld.notification.preference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.ldld.notification.secret.SealedSecret;
import vn.ldld.notification.secret.SecretBox;
import vn.ldld.notification.secret.UnreadableSecretException;

/**
 * At start, encrypts the webhook secrets still stored in plain text (written by earlier versions) and re-encrypts
 * those under an older key with the current one, so that after a rotation the old key can be removed once this ran.
 * Each write is conditional on the value read: instances starting together, or a unit writing meanwhile, lose
 * nothing.
 */
@Component
class SecretResealing {

    private static final Logger log = LoggerFactory.getLogger(SecretResealing.class);

    private final MongoTemplate mongo;
    private final SecretBox secrets;
    private final Preferences preferences;

    SecretResealing(MongoTemplate mongo, SecretBox secrets, Preferences preferences) {
        this.mongo = mongo;
        this.secrets = secrets;
        this.preferences = preferences;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        resealAll();
    }

    /** @return how many secrets were (re-)encrypted */
    int resealAll() {
        int resealed = 0;
        int unreadable = 0;
        Query candidates = Query.query(new Criteria().orOperator(
                Criteria.where(UnitPreferences.LEGACY_SECRET).exists(true),
                Criteria.where("sealedWebhookSecret").exists(true)));
        for (UnitPreferences unit : mongo.find(candidates, UnitPreferences.class)) {
            SealedSecret sealed = unit.sealedWebhookSecret();
            if (sealed != null && unit.legacyWebhookSecret() == null && secrets.isCurrent(sealed)) {
                continue;
            }
            try {
                String secret = preferences.webhookSecret(unit);
                if (reseal(unit, secret)) {
                    resealed++;
                }
            } catch (UnreadableSecretException e) {
                unreadable++;
                log.atError().setMessage("Webhook secret unreadable: its key is not in the key ring")
                        .addKeyValue("unitCode", unit.unitCode()).addKeyValue("keyId", sealed.keyId()).log();
            }
        }
        if (resealed > 0 || unreadable > 0) {
            log.atInfo().setMessage("Webhook secrets encrypted with the current key").addKeyValue("resealed", resealed)
                    .addKeyValue("unreadable", unreadable).log();
        }
        return resealed;
    }

    private boolean reseal(UnitPreferences unit, String secret) {
        Criteria unchanged = Criteria.where("_id").is(unit.unitCode());
        if (unit.sealedWebhookSecret() != null) {
            unchanged.and("sealedWebhookSecret.nonce").is(unit.sealedWebhookSecret().nonce());
        } else {
            unchanged.and(UnitPreferences.LEGACY_SECRET).is(unit.legacyWebhookSecret());
        }
        SealedSecret sealed = secrets.seal(secret, Preferences.secretContext(unit.unitCode()));
        Update update = new Update().set("sealedWebhookSecret", sealed).unset(UnitPreferences.LEGACY_SECRET);
        return mongo.updateFirst(Query.query(unchanged), update, UnitPreferences.class).getModifiedCount() == 1;
    }
}
