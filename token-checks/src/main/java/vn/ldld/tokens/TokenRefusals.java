package vn.ldld.tokens;

import java.text.ParseException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Why a bearer token was refused, in words its sender understands: no token, not a token at all, unsigned, signed
 * with another algorithm, a signature that is not the issuer's, expired, another issuer's, meant for another API. Told
 * from the token itself and the checks' own descriptions ({@link TokenChecks#validator}), never from a library's
 * message, so nothing of the decoder's internals reaches a caller.
 */
public final class TokenRefusals {

    /** Without any token. */
    public static final String MISSING =
            "This needs a bearer token from the platform's identity service (Authorization: Bearer ...).";
    static final String BAD_HEADER = "The Authorization header is not of the form 'Bearer <token>'.";
    static final String NOT_A_TOKEN =
            "The bearer value is not a token issued by the platform's identity service (not a signed JWT).";
    static final String UNSIGNED =
            "The token is not signed; the platform accepts only tokens its identity service signed (RS256).";
    static final String BAD_SIGNATURE = "The token's signature is not the platform identity service's: it was "
            + "forged, altered, or signed with a key the identity service does not publish.";
    static final String REFUSED = "The bearer token was refused; sign in again for a new one.";

    private TokenRefusals() {
    }

    /**
     * @param error what the token check raised
     * @param token the bearer token that was sent, or {@code null} when none was
     * @return one sentence for the problem's {@code detail} and the {@code WWW-Authenticate} description (printable
     *         ASCII, no double quote or backslash)
     */
    public static String describe(AuthenticationException error, String token) {
        if (!(error instanceof OAuth2AuthenticationException oauth)) {
            return MISSING;
        }
        if ("invalid_request".equals(oauth.getError().getErrorCode())) {
            return BAD_HEADER;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid && !invalid.getErrors().isEmpty()
                    && invalid.getErrors().iterator().next().getDescription() != null) {
                return printable(invalid.getErrors().iterator().next().getDescription());
            }
        }
        return token == null || token.isBlank() ? MISSING : fromToken(token);
    }

    private static String fromToken(String token) {
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException e) {
            return NOT_A_TOKEN;
        }
        if (parsed instanceof PlainJWT) {
            return UNSIGNED;
        }
        if (!(parsed instanceof SignedJWT signed)) {
            return NOT_A_TOKEN;
        }
        JWSAlgorithm algorithm = signed.getHeader().getAlgorithm();
        if (!JWSAlgorithm.RS256.equals(algorithm)) {
            String name = printable(algorithm.getName());
            return "The token is signed with " + (name.length() > 16 ? name.substring(0, 16) + "..." : name)
                    + "; the platform accepts only RS256 tokens signed by its identity service.";
        }
        try {
            signed.getJWTClaimsSet();
        } catch (ParseException e) {
            return NOT_A_TOKEN;
        }
        return BAD_SIGNATURE;
    }

    private static String printable(String text) {
        return text.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "'");
    }
}
