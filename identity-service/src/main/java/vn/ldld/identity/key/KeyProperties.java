package vn.ldld.identity.key;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the signing key lives.
 *
 * @param file the RSA private key as a JWK ({@code IDENTITY_KEY_FILE}); created, readable by the owner only, when
 *             missing
 */
@ConfigurationProperties("identity.key")
public record KeyProperties(@DefaultValue("./identity-jwk.json") Path file) {
}
