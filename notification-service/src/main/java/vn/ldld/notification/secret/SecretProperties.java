package vn.ldld.notification.secret;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the keys of the secrets at rest come from ({@code notification.secrets.*}).
 *
 * @param keys the key ring itself ({@code NOTIFICATION_SECRET_KEYS}): {@code <id>:<Base64 of 32 bytes>} entries
 *             separated by commas or new lines, the current key first; when set, the key file is not read
 * @param keyFile the key ring in a file, one entry a line, the current key first ({@code NOTIFICATION_SECRET_KEY_FILE})
 * @param createKeyFile whether a missing key file is created with a new key (owner-only); a deployment that mounts
 *                      its keys sets false, so that a missing mount stops the service instead of starting a new ring
 */
@ConfigurationProperties("notification.secrets")
public record SecretProperties(String keys,
                               @DefaultValue("./notification-secret-keys") Path keyFile,
                               @DefaultValue("true") boolean createKeyFile) {
}
