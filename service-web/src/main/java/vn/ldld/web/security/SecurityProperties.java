package vn.ldld.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where tokens come from and what they must say. The local default is the platform's identity service; a deployment
 * points at another OpenID Connect issuer (a province's Keycloak, say) by these settings alone.
 *
 * @param issuerUri         the {@code iss} every token must carry ({@code SECURITY_ISSUER_URI})
 * @param jwkSetUri         where the issuer publishes its signing keys ({@code SECURITY_JWK_SET_URI}); fetched on
 *                          first use and again when a token names an unknown key id
 * @param publicKeyLocation a fixed RSA public key instead of a JWK set (tests, air-gapped setups)
 * @param audience          the {@code aud} value every token must include ({@code SECURITY_AUDIENCE})
 * @param rolesClaim        the claim listing the platform roles
 * @param unitClaim         the claim naming a unit account's unit code
 * @param clockSkew         how far {@code exp} and {@code nbf} may be off
 * @param maxBodySize       the largest request body accepted, declared or chunked (bytes)
 */
@ConfigurationProperties("platform.security")
public record SecurityProperties(@DefaultValue("http://localhost:9000") String issuerUri,
                                 String jwkSetUri,
                                 Resource publicKeyLocation,
                                 @DefaultValue("ldld-api") String audience,
                                 @DefaultValue("roles") String rolesClaim,
                                 @DefaultValue("unit") String unitClaim,
                                 @DefaultValue("30s") Duration clockSkew,
                                 @DefaultValue("262144") long maxBodySize) {
}
