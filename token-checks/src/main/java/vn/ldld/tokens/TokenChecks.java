package vn.ldld.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * What the gateway and every service check on an access token, written once so that both refuse the same tokens:
 * the claims (issuer, audience, expiry and not-before), where the signing keys come from, and a fixed RSA key read
 * from PEM. The signature algorithm (RS256 only) is set on each decoder, which differ between the reactive
 * gateway and the servlet services.
 */
public final class TokenChecks {

    private TokenChecks() {
    }

    /**
     * Issuer, audience, expiry and not-before (with {@code clockSkew}): the checks every token passes. Each refusal
     * describes in plain words what is wrong with the token (the libraries' own texts never reach a caller), and
     * repeats nothing the token says but its times.
     */
    public static OAuth2TokenValidator<Jwt> validator(String issuerUri, String audience, Duration clockSkew) {
        OAuth2TokenValidator<Jwt> audienceCheck = jwt -> jwt.getAudience() != null
                && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : refused("The token is not meant for this platform (its audience does not include " + audience
                + ").");
        OAuth2TokenValidator<Jwt> lifetime = new JwtTimestampValidator(clockSkew);
        OAuth2TokenValidator<Jwt> timeCheck = jwt -> lifetime.validate(jwt).hasErrors()
                ? refused(jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(Instant.now())
                ? "The token expired at " + jwt.getExpiresAt() + "; sign in again for a new one."
                : "The token is not valid yet (not before " + jwt.getNotBefore() + ").")
                : OAuth2TokenValidatorResult.success();
        OAuth2TokenValidator<Jwt> issuer = new JwtIssuerValidator(issuerUri);
        OAuth2TokenValidator<Jwt> issuerCheck = jwt -> issuer.validate(jwt).hasErrors()
                ? refused("The token was issued by another issuer than the platform's identity service.")
                : OAuth2TokenValidatorResult.success();
        return new DelegatingOAuth2TokenValidator<>(List.of(timeCheck, issuerCheck, audienceCheck));
    }

    private static OAuth2TokenValidatorResult refused(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }

    /** The JWK set address: the configured one, or the identity service's default under the issuer. */
    public static String jwkSetUri(String issuerUri, String configured) {
        return configured != null && !configured.isBlank() ? configured
                : issuerUri.replaceAll("/$", "") + "/oauth2/jwks";
    }

    /** A fixed RSA public key (PEM, X.509 SubjectPublicKeyInfo), for tests and air-gapped setups. */
    public static RSAPublicKey rsaPublicKey(Resource location) throws IOException {
        try (InputStream in = location.getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (GeneralSecurityException e) {
            throw new IOException("Not an RSA public key: " + location, e);
        }
    }
}
