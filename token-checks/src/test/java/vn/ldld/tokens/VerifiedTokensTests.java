package vn.ldld.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTests {

    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicBoolean expired = new AtomicBoolean();
    private final OAuth2TokenValidator<Jwt> checks = jwt -> expired.get()
            ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token expired.", null))
            : OAuth2TokenValidatorResult.success();
    /** Stands for the real decoder: verifies (counted) and refuses what the checks refuse. */
    private final JwtDecoder verifying = token -> {
        verifications.incrementAndGet();
        if (token.startsWith("forged") || expired.get()) {
            throw new BadJwtException("refused: " + token);
        }
        return jwt(token);
    };

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() {
        JwtDecoder decoder = new VerifiedTokens(checks).in(verifying);

        for (int i = 0; i < 5; i++) {
            assertThat(decoder.decode("token-a").getSubject()).isEqualTo("token-a");
        }
        decoder.decode("token-b");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
        JwtDecoder decoder = new VerifiedTokens(checks).in(verifying);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> decoder.decode("forged-token")).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasValue(3);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsClaimsNoLongerPass() {
        JwtDecoder decoder = new VerifiedTokens(checks).in(verifying);
        decoder.decode("token-a");

        expired.set(true);

        assertThatThrownBy(() -> decoder.decode("token-a")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).as("verified from scratch, which refuses it").hasValue(2);
    }

    @Test
    void keepsAtMostTheGivenNumberOfTokens() {
        VerifiedTokens tokens = new VerifiedTokens(checks, 2, Duration.ofMinutes(5));
        JwtDecoder decoder = tokens.in(verifying);
        for (String token : List.of("t1", "t2", "t3", "t4", "t5")) {
            decoder.decode(token);
        }

        long remembered = List.of("t1", "t2", "t3", "t4", "t5").stream().filter(t -> tokens.recall(t) != null).count();
        assertThat(remembered).isLessThanOrEqualTo(2);
    }

    private static Jwt jwt(String subject) {
        return Jwt.withTokenValue(subject).header("alg", "RS256").subject(subject)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600)).build();
    }
}
