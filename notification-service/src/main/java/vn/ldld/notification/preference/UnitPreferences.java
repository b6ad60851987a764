package vn.ldld.notification.preference;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a unit wants to be reached: a document of {@code preferences}, keyed by unit code.
 *
 * @param unitCode unit code
 * @param channels channels besides the inbox: {@code EMAIL}, {@code WEBHOOK}
 * @param email e-mail address, or null
 * @param webhookUrl URL the events are posted to, or null
 * @param webhookSecret shared secret of the HMAC-SHA256 signature, or null
 * @param updatedAt when they were last set, or null for the defaults
 */
@Document("preferences")
public record UnitPreferences(@Id String unitCode, Set<Channel> channels, String email, String webhookUrl,
                              String webhookSecret, Instant updatedAt) {

    /** Whether {@code channel} is on and has what it needs. */
    public boolean reaches(Channel channel) {
        return switch (channel) {
            case IN_APP -> true;
            case EMAIL -> channels.contains(Channel.EMAIL) && email != null;
            case WEBHOOK -> channels.contains(Channel.WEBHOOK) && webhookUrl != null && webhookSecret != null;
        };
    }
}
