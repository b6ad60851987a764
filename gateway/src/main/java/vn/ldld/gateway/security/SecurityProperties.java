package vn.ldld.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Which tokens the gateway accepts: the same settings (and names) as the services, so both check the same tokens.
 *
 * @param issuerUri         the {@code iss} every token must carry ({@code SECURITY_ISSUER_URI})
 * @param jwkSetUri         where the issuer publishes its signing keys ({@code SECURITY_JWK_SET_URI}); issuer +
 *                          {@code /oauth2/jwks} when empty
 * @param publicKeyLocation a fixed RSA public key instead of a JWK set (tests, air-gapped setups)
 * @param audience          the {@code aud} value every token must include ({@code SECURITY_AUDIENCE})
 * @param rolesClaim        the claim listing the platform roles
 * @param clockSkew         how far {@code exp} and {@code nbf} may be off
 */
@ConfigurationProperties("platform.security")
public record SecurityProperties(@DefaultValue("http://localhost:9000") String issuerUri,
                                 String jwkSetUri,
                                 Resource publicKeyLocation,
                                 @DefaultValue("ldld-api") String audience,
                                 @DefaultValue("roles") String rolesClaim,
                                 @DefaultValue("30s") Duration clockSkew) {
}
