package vn.ldld.notification.preference;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

import vn.ldld.notification.secret.SealedSecret;

/**
 * How a unit wants to be reached: a document of {@code preferences}, keyed by unit code.
 *
 * @param unitCode unit code
 * @param channels channels besides the inbox: {@code EMAIL}, {@code WEBHOOK}
 * @param email e-mail address, or null
 * @param webhookUrl URL the events are posted to, or null
 * @param sealedWebhookSecret the shared secret of the HMAC-SHA256 signature, encrypted ({@link Preferences#webhookSecret})
 * @param legacyWebhookSecret the secret as stored in plain text before secrets were encrypted (field
 *                            {@code webhookSecret}); read, and encrypted at the service's next start or write
 * @param webhookApproval province staff's approval of the webhook URL, or null
 * @param updatedAt when they were last set, or null for the defaults
 */
@Document("preferences")
public record UnitPreferences(@Id String unitCode, Set<Channel> channels, String email, String webhookUrl,
                              SealedSecret sealedWebhookSecret,
                              @Field(LEGACY_SECRET) String legacyWebhookSecret,
                              WebhookApproval webhookApproval, Instant updatedAt) {

    /** The field of a secret stored in plain text by earlier versions. */
    static final String LEGACY_SECRET = "webhookSecret";

    /** Whether {@code channel} is on and has what it needs (a webhook: a secret and staff's approval of its URL). */
    public boolean reaches(Channel channel) {
        return switch (channel) {
            case IN_APP -> true;
            case EMAIL -> channels.contains(Channel.EMAIL) && email != null;
            case WEBHOOK -> channels.contains(Channel.WEBHOOK) && hasWebhookSecret() && webhookApproved();
        };
    }

    public boolean hasWebhookSecret() {
        return sealedWebhookSecret != null || legacyWebhookSecret != null;
    }

    /** Whether province staff approved the current webhook URL. */
    public boolean webhookApproved() {
        return webhookUrl != null && webhookApproval != null && webhookUrl.equals(webhookApproval.url());
    }
}
