package vn.ldld.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens for tests, signed like the identity service signs them (RS256, issuer, audience, roles and unit
 * claims) with a test key whose public half the service under test trusts ({@link #register}); and the bad ones a
 * service must refuse: expired, signed by another key, from another issuer, for another audience, unsigned.
 */
public final class TestTokens {

    public static final String ISSUER = "http://identity.test";
    public static final String AUDIENCE = "ldld-api";

    private static final RSAPrivateKey ISSUER_KEY = privateKey("test-issuer.pem");
    private static final RSAPrivateKey FORGER_KEY = privateKey("forger.pem");

    private TestTokens() {
    }

    /** Makes the service under test trust tokens of this class (and only them). */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("platform.security.issuer-uri", () -> ISSUER);
        registry.add("platform.security.audience", () -> AUDIENCE);
        registry.add("platform.security.public-key-location", () -> "classpath:vn/ldld/web/testing/test-issuer.pub");
    }

    /** The same settings as property lines, for {@code @SpringBootTest(properties = ...)} or a process's arguments. */
    public static List<String> properties() {
        return List.of("platform.security.issuer-uri=" + ISSUER, "platform.security.audience=" + AUDIENCE,
                "platform.security.public-key-location=classpath:vn/ldld/web/testing/test-issuer.pub");
    }

    public static String staff() {
        return token().subject("staff").roles("PROVINCE_STAFF").sign();
    }

    public static String reporter(String unitCode) {
        return token().subject("reporter-" + unitCode).roles("UNIT_REPORTER").unit(unitCode).sign();
    }

    /** The staff of a unit (e.g. a district federation's office): reviews its sub-units' reports. */
    public static String unitStaff(String unitCode) {
        return token().subject("staff-" + unitCode).roles("UNIT_STAFF").unit(unitCode).sign();
    }

    public static String viewer() {
        return token().subject("viewer").roles("VIEWER").sign();
    }

    /** An outside system's machine client (client credentials): read-only. */
    public static String machine() {
        return token().subject("provincial-hub").roles("VIEWER").sign();
    }

    /** A valid token with no platform role. */
    public static String noRole() {
        return token().subject("nobody").sign();
    }

    public static String expired() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return token().subject("staff").roles("PROVINCE_STAFF").issuedAt(past).expiresAt(past.plusSeconds(600))
                .sign();
    }

    public static String wrongSignature() {
        return token().subject("staff").roles("PROVINCE_STAFF").signedBy(FORGER_KEY).sign();
    }

    public static String wrongIssuer() {
        return token().subject("staff").roles("PROVINCE_STAFF").issuer("http://evil.test").sign();
    }

    public static String wrongAudience() {
        return token().subject("staff").roles("PROVINCE_STAFF").audience("another-api").sign();
    }

    /** An unsigned token ({@code alg: none}) claiming staff rights. */
    public static String algNone() {
        return new PlainJWT(token().subject("staff").roles("PROVINCE_STAFF").claims()).serialize();
    }

    /** Every token a service must answer 401, by name. */
    public static List<BadToken> badTokens() {
        return List.of(new BadToken("missing", null), new BadToken("expired", expired()),
                new BadToken("wrong signature", wrongSignature()), new BadToken("wrong issuer", wrongIssuer()),
                new BadToken("wrong audience", wrongAudience()), new BadToken("alg none", algNone()),
                new BadToken("not a JWT", "not-a-token"));
    }

    /**
     * {@code Authorization} values of every shape a bearer-token reader meets: none ({@code null}), well-formed in
     * either case, padded, empty, malformed, another scheme, no space, two spaces.
     */
    public static List<String> authorizationHeaders() {
        List<String> headers = new ArrayList<>();
        headers.add(null);
        headers.addAll(List.of("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", "bearer abc==", "Bearer ",
                "Bearer a=b", "Bearer tôi", "Basic YWxhZGRpbjpvcGVuc2VzYW1l", "Bearerabc", "Bearer  abc"));
        return headers;
    }

    /** A token to be refused, and why. */
    public record BadToken(String name, String token) {

        @Override
        public String toString() {
            return name;
        }
    }

    public static Builder token() {
        return new Builder();
    }

    /** A token's claims, then {@link #sign()}. */
    public static final class Builder {

        private String subject = "test";
        private final List<String> roles = new ArrayList<>();
        private String unit;
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Instant issuedAt = Instant.now();
        private Instant expiresAt = issuedAt.plus(Duration.ofHours(1));
        private RSAPrivateKey key = ISSUER_KEY;

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder roles(String... values) {
            roles.addAll(List.of(values));
            return this;
        }

        public Builder unit(String value) {
            unit = value;
            return this;
        }

        public Builder issuer(String value) {
            issuer = value;
            return this;
        }

        public Builder audience(String value) {
            audience = value;
            return this;
        }

        public Builder issuedAt(Instant value) {
            issuedAt = value;
            return this;
        }

        public Builder expiresAt(Instant value) {
            expiresAt = value;
            return this;
        }

        Builder signedBy(RSAPrivateKey value) {
            key = value;
            return this;
        }

        JWTClaimsSet claims() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer(issuer)
                    .audience(audience).issueTime(Date.from(issuedAt)).notBeforeTime(Date.from(issuedAt))
                    .expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString()).claim("roles", roles);
            if (unit != null) {
                claims.claim("unit", unit);
            }
            return claims.build();
        }

        public String sign() {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(),
                        claims());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static RSAPrivateKey privateKey(String name) {
        try (InputStream in = TestTokens.class.getResourceAsStream(name)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
