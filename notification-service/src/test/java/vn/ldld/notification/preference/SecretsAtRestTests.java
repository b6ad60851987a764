package vn.ldld.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ldld.notification.NotificationTestSupport;
import vn.ldld.notification.TestPlans;
import vn.ldld.notification.WebhookReceiver;
import vn.ldld.notification.secret.SealedSecret;
import vn.ldld.notification.secret.SecretBox;

/**
 * Webhook secrets in the database: encrypted (AES-GCM, the key's id beside), still usable when stored in plain text by
 * an earlier version or encrypted with an older key of the ring, and re-encrypted with the current key.
 */
class SecretsAtRestTests extends NotificationTestSupport {

    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");
    private static final String SECRET = "bi-mat-cua-don-vi-0123456789";

    @Autowired
    private SecretResealing resealing;

    @Test
    void aSecretIsStoredEncryptedWithTheCurrentKeyAndARandomNonce() {
        String first = TestPlans.tag() + "-GD";
        String second = TestPlans.tag() + "-GD";
        setWebhook(first);
        setWebhook(second);

        Document stored = stored(first);
        Document sealed = stored.get("sealedWebhookSecret", Document.class);
        assertThat(stored.toJson()).doesNotContain(SECRET)
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored.containsKey("webhookSecret")).isFalse();
        assertThat(sealed.getString("keyId")).isEqualTo("k2");
        assertThat(Base64.getDecoder().decode(sealed.getString("nonce"))).hasSize(12);
        assertThat(sealed.getString("nonce")).isNotEqualTo(
                stored(second).get("sealedWebhookSecret", Document.class).getString("nonce"));
    }

    @Test
    void aPlainTextSecretOfAnEarlierVersionStillSignsAndIsEncryptedAtStart() throws Exception {
        String tag = TestPlans.tag();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            insert(new Document("_id", tag + "-GD").append("webhookSecret", SECRET), receiver.url());

            deliverAPlan(tag);
            assertThat(receiver.calls()).hasSize(1);
            assertSignedWithTheSecret(receiver.calls().get(0));

            assertThat(resealing.resealAll()).isGreaterThanOrEqualTo(1);
            Document stored = stored(tag + "-GD");
            assertThat(stored.toJson()).doesNotContain(SECRET);
            assertThat(stored.get("sealedWebhookSecret", Document.class).getString("keyId")).isEqualTo("k2");

            deliverAPlan(tag);
            assertThat(receiver.calls()).hasSize(2);
            assertSignedWithTheSecret(receiver.calls().get(1));
        }
    }

    @Test
    void afterARotationAnOldKeysSecretStillSignsAndIsReEncryptedWithTheNewKey() throws Exception {
        String tag = TestPlans.tag();
        String unit = tag + "-GD";
        SealedSecret underOldKey = SecretBox.of(OLD_KEY).seal(SECRET, Preferences.secretContext(unit));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            insert(new Document("_id", unit).append("sealedWebhookSecret", new Document("keyId", underOldKey.keyId())
                    .append("nonce", underOldKey.nonce()).append("ciphertext", underOldKey.ciphertext())),
                    receiver.url());

            deliverAPlan(tag);
            assertSignedWithTheSecret(receiver.calls().get(0));

            resealing.resealAll();
            Document sealed = stored(unit).get("sealedWebhookSecret", Document.class);
            assertThat(sealed.getString("keyId")).isEqualTo("k2");
            SealedSecret underNewKey = new SealedSecret(sealed.getString("keyId"), sealed.getString("nonce"),
                    sealed.getString("ciphertext"));
            assertThat(SecretBox.of(CURRENT_KEY).open(underNewKey, Preferences.secretContext(unit)))
                    .as("the old key may now be removed").isEqualTo(SECRET);

            deliverAPlan(tag);
            assertThat(receiver.calls()).hasSize(2);
            assertSignedWithTheSecret(receiver.calls().get(1));
        }
    }

    @Test
    void aSecretCopiedToAnotherUnitDoesNotDecrypt() throws Exception {
        String tag = TestPlans.tag();
        SealedSecret othersSecret = SecretBox.of(CURRENT_KEY).seal(SECRET, Preferences.secretContext("OTHER-UNIT"));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            insert(new Document("_id", tag + "-GD").append("sealedWebhookSecret", new Document("keyId", "k2")
                    .append("nonce", othersSecret.nonce()).append("ciphertext", othersSecret.ciphertext())),
                    receiver.url());

            String planId = deliverAPlan(tag);

            assertThat(receiver.calls()).isEmpty();
            assertThat(get("/api/notifications/deliveries?unit=" + tag + "-GD&planId=" + planId + "&status=PENDING")
                    .json().get(0).get("lastError").asString()).isEqualTo("WEBHOOK_SECRET_UNREADABLE");
        }
    }

    @Test
    void savingAWebhookAgainWithoutASecretKeepsTheOneStoredAndDroppingTheWebhookDropsIt() {
        String unit = TestPlans.tag() + "-GD";
        setWebhook(unit);
        Document before = stored(unit).get("sealedWebhookSecret", Document.class);

        var again = call("PUT", "/api/notifications/preferences/" + unit, """
                {"channels": ["WEBHOOK", "EMAIL"], "email": "vanphong@ldld-godau.vn",
                 "webhookUrl": "https://hooks.ldld-godau.test/ldld"}""");

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("webhookSecretSet").asBoolean()).isTrue();
        assertThat(stored(unit).get("sealedWebhookSecret", Document.class)).isEqualTo(before);

        var dropped = call("PUT", "/api/notifications/preferences/" + unit, """
                {"channels": ["EMAIL"], "email": "vanphong@ldld-godau.vn"}""");
        assertThat(dropped.json().get("webhookSecretSet").asBoolean()).isFalse();
        assertThat(stored(unit).containsKey("sealedWebhookSecret")).isFalse();

        var withoutSecret = call("PUT", "/api/notifications/preferences/" + unit, """
                {"channels": ["WEBHOOK"], "webhookUrl": "https://hooks.ldld-godau.test/ldld"}""");
        assertThat(withoutSecret.status()).isEqualTo(400);
        assertThat(withoutSecret.json().get("errors").get(0).get("field").asString()).isEqualTo("webhookSecret");

        String earlier = TestPlans.tag() + "-GD";
        insert(new Document("_id", earlier).append("webhookSecret", SECRET), "https://hooks.ldld-godau.test/ldld");
        assertThat(call("PUT", "/api/notifications/preferences/" + earlier, """
                {"channels": ["WEBHOOK"], "webhookUrl": "https://hooks.ldld-godau.test/ldld"}""").status())
                .isEqualTo(200);
        assertThat(stored(earlier).containsKey("webhookSecret")).as("no plain text left").isFalse();
        assertThat(stored(earlier).toJson()).doesNotContain(SECRET);
        assertThat(stored(earlier).get("sealedWebhookSecret", Document.class).getString("keyId")).isEqualTo("k2");
    }

    private void setWebhook(String unit) {
        assertThat(call("PUT", "/api/notifications/preferences/" + unit, """
                {"channels": ["WEBHOOK"], "webhookUrl": "https://hooks.ldld-godau.test/ldld",
                 "webhookSecret": "%s"}""".formatted(SECRET)).status()).isEqualTo(200);
    }

    /** Preferences as stored directly in the database: a webhook to {@code url}, approved. */
    private void insert(Document preferences, String url) {
        Date now = Date.from(clock.instant());
        mongo.getCollection("preferences").insertOne(preferences.append("channels", List.of("WEBHOOK"))
                .append("webhookUrl", url).append("webhookApproval", new Document("url", url)
                        .append("approvedBy", "staff").append("approvedAt", now)).append("updatedAt", now));
    }

    private Document stored(String unit) {
        return mongo.getCollection("preferences").find(new Document("_id", unit)).first();
    }

    private String deliverAPlan(String tag) {
        String planId = UUID.randomUUID().toString();
        clock.set("2023-07-12T01:00:00Z");
        publish("plan-events", "vn.ldld.plan.published.v1", planId,
                TestPlans.published(planId, clock.instant(), DEADLINE, tag, "GD"));
        await().until(() -> notificationsOf(planId).size() == 7);
        runScheduler();
        return planId;
    }

    private static void assertSignedWithTheSecret(WebhookReceiver.Call call) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(
                (call.header("X-Ldld-Timestamp") + "." + call.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(call.header("X-Ldld-Signature")).isEqualTo(expected);
    }
}
