package vn.ldld.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

class TokenRefusalsTests {

    /** What the decoder says when the signature does not verify: never to be repeated to a caller. */
    private static final OAuth2AuthenticationException DECODER_REFUSAL = new OAuth2AuthenticationException(
            new OAuth2Error("invalid_token", "An error occurred while attempting to decode the Jwt: Signed JWT "
                    + "rejected: Another algorithm expected, or no matching key(s) found", null),
            new BadJwtException("Signed JWT rejected: Another algorithm expected, or no matching key(s) found"));

    @Test
    void noTokenAtAllAsksForOne() {
        assertThat(TokenRefusals.describe(new BadCredentialsException("Not found"), null))
                .isEqualTo(TokenRefusals.MISSING);
    }

    @Test
    void aMalformedHeaderIsNamed() {
        assertThat(TokenRefusals.describe(new OAuth2AuthenticationException(new OAuth2Error("invalid_request",
                "Bearer token is malformed", null)), null)).isEqualTo(TokenRefusals.BAD_HEADER);
    }

    @Test
    void aFailedClaimCheckRepeatsTheChecksOwnPlainDescription() {
        JwtValidationException invalid = new JwtValidationException("Unable to validate Jwt", List.of(new OAuth2Error(
                "invalid_token", "The token expired at 2026-01-01T00:00:00Z; sign in again for a new one.", null)));
        assertThat(TokenRefusals.describe(new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                "An error occurred while attempting to decode the Jwt: Jwt expired", null), invalid), "x.y.z"))
                .isEqualTo("The token expired at 2026-01-01T00:00:00Z; sign in again for a new one.");
    }

    @Test
    void theDecodersOwnWordsNeverComeThrough() throws Exception {
        assertThat(TokenRefusals.describe(DECODER_REFUSAL, "not-a-token")).isEqualTo(TokenRefusals.NOT_A_TOKEN);
        assertThat(TokenRefusals.describe(DECODER_REFUSAL, new PlainJWT(claims()).serialize()))
                .isEqualTo(TokenRefusals.UNSIGNED);
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims());
        hmac.sign(new MACSigner("a-shared-secret-of-at-least-256-bits-length!!"));
        assertThat(TokenRefusals.describe(DECODER_REFUSAL, hmac.serialize()))
                .isEqualTo("The token is signed with HS256; the platform accepts only RS256 tokens signed by its "
                        + "identity service.");
        String[] parts = hmac.serialize().split("\\.");
        String rs256Header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"RS256\"}".getBytes());
        assertThat(TokenRefusals.describe(DECODER_REFUSAL, rs256Header + "." + parts[1] + "." + parts[2]))
                .isEqualTo(TokenRefusals.BAD_SIGNATURE);
    }

    private static JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder().subject("staff").issuer("http://localhost:9000").build();
    }
}
