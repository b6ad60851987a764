package vn.ldld.tokens;

import java.time.Duration;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Tokens whose signature has already been verified, so that a client sending the same token with every request
 * (a unit's staff submitting, the console polling) does not pay an RSA verification each time. Bounded in number
 * and in age; a remembered token is checked again against the claims (expiry, not-before, issuer, audience) on
 * every use, so it is refused the moment it expires, exactly as a token decoded from scratch.
 *
 * <p>A remembered token is the exact same string, signature included: a token changed in any byte is not found
 * and is verified from scratch.
 */
public final class VerifiedTokens {

    /** At most this many tokens are remembered (a few MB); the least used are forgotten first. */
    public static final long MAX_TOKENS = 10_000;
    /** A token is verified again at least this often, so a signing key withdrawn stops working within it. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final Cache<String, Jwt> verified;
    private final OAuth2TokenValidator<Jwt> checks;

    public VerifiedTokens(OAuth2TokenValidator<Jwt> checks) {
        this(checks, MAX_TOKENS, MAX_AGE);
    }

    VerifiedTokens(OAuth2TokenValidator<Jwt> checks, long maxTokens, Duration maxAge) {
        this.checks = checks;
        this.verified = Caffeine.newBuilder().maximumSize(maxTokens).expireAfterWrite(maxAge)
                .executor(Runnable::run).build();
    }

    /**
     * The token as verified before, if it was and its claims still pass the checks now.
     *
     * @return the token, or null when it must be verified from scratch
     */
    public Jwt recall(String token) {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt == null) {
            return null;
        }
        if (checks.validate(jwt).hasErrors()) {
            verified.invalidate(token);
            return null;
        }
        return jwt;
    }

    /** Remembers a token that {@code jwt} is the verified form of; returns {@code jwt}. */
    public Jwt remember(String token, Jwt jwt) {
        verified.put(token, jwt);
        return jwt;
    }

    /** {@code decoder} (which verifies the signature and the claims), asked only for tokens not verified before. */
    public JwtDecoder in(JwtDecoder decoder) {
        return token -> {
            Jwt known = recall(token);
            return known != null ? known : remember(token, decoder.decode(token));
        };
    }
}
