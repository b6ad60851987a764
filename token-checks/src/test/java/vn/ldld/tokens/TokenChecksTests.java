package vn.ldld.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenChecksTests {

    private final OAuth2TokenValidator<Jwt> checks =
            TokenChecks.validator("http://localhost:9000", "ldld-api", Duration.ofSeconds(30));

    @Test
    void acceptsATokenOfTheIssuerForThePlatformWithinItsLifetime() {
        assertThat(checks.validate(token("http://localhost:9000", "ldld-api", Instant.now().plusSeconds(60)))
                .hasErrors()).isFalse();
        assertThat(checks.validate(token("http://localhost:9000", "ldld-api", Instant.now().minusSeconds(10)))
                .hasErrors()).as("expired within the clock skew").isFalse();
    }

    @Test
    void refusesAnotherAudienceAnotherIssuerAndAnExpiredToken() {
        assertThat(checks.validate(token("http://localhost:9000", "other-api", Instant.now().plusSeconds(60)))
                .getErrors()).extracting(e -> e.getDescription())
                .containsExactly("The token is not meant for this platform (its audience does not include ldld-api).");
        assertThat(checks.validate(token("http://elsewhere", "ldld-api", Instant.now().plusSeconds(60)))
                .getErrors()).extracting(e -> e.getDescription())
                .containsExactly("The token was issued by another issuer than the platform's identity service.");
        Instant expired = Instant.now().minusSeconds(120);
        assertThat(checks.validate(token("http://localhost:9000", "ldld-api", expired))
                .getErrors()).extracting(e -> e.getDescription())
                .containsExactly("The token expired at " + expired + "; sign in again for a new one.");
    }

    @Test
    void takesTheJwkSetFromTheIssuerUnlessOneIsConfigured() {
        assertThat(TokenChecks.jwkSetUri("http://localhost:9000/", null)).isEqualTo("http://localhost:9000/oauth2/jwks");
        assertThat(TokenChecks.jwkSetUri("http://localhost:9000", " ")).isEqualTo("http://localhost:9000/oauth2/jwks");
        assertThat(TokenChecks.jwkSetUri("http://localhost:9000", "https://keys.example/jwks"))
                .isEqualTo("https://keys.example/jwks");
    }

    @Test
    void readsAnRsaPublicKeyFromPem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";

        assertThat(TokenChecks.rsaPublicKey(new ByteArrayResource(pem.getBytes())).getModulus())
                .isEqualTo(key.getModulus());
    }

    private static Jwt token(String issuer, String audience, Instant expiresAt) {
        return Jwt.withTokenValue("token").header("alg", "RS256").issuer(issuer).audience(List.of(audience))
                .issuedAt(expiresAt.minusSeconds(600)).expiresAt(expiresAt).subject("staff").build();
    }
}
