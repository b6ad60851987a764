package vn.ldld.notification.preference;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultEmailDomain when set, a unit without preferences is e-mailed at {@code <code in lower case>@<domain>}
 *                           (local demo); when empty such a unit gets in-app notifications only
 */
@ConfigurationProperties("notification.preferences")
public record PreferencesProperties(String defaultEmailDomain) {
}
