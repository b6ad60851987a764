package vn.ldld.tokens;

/**
 * The token of an {@code Authorization: Bearer <token>} header, read by a loop over the header instead of the
 * regular expression Spring Security matches against it on every request ({@code ^Bearer
 * (?<token>[a-zA-Z0-9-._~+/]+=*)$}, case-insensitive; about 2 % of the gateway's CPU per request and as much again of
 * a service's). Only the clean case is answered here: a header that is absent, names another scheme or holds a
 * malformed token gets {@code null}, and the caller leaves the request to Spring Security's own resolver, whose
 * answers and errors stay as they are.
 */
public final class BearerTokens {

    private static final String SCHEME = "Bearer ";

    private BearerTokens() {
    }

    /**
     * @param authorization the value of the {@code Authorization} header, or {@code null}
     * @return the token when the header is {@code Bearer } (any case) followed by a well-formed token (RFC 6750's
     *         token68: letters, digits, {@code - . _ ~ + /}, then only {@code =}); else {@code null}
     */
    public static String wellFormed(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length() || !hasScheme(authorization)) {
            return null;
        }
        int end = authorization.length();
        while (end > SCHEME.length() && authorization.charAt(end - 1) == '=') {
            end--;
        }
        if (end == SCHEME.length()) {
            return null;
        }
        for (int i = SCHEME.length(); i < end; i++) {
            if (!tokenCharacter(authorization.charAt(i))) {
                return null;
            }
        }
        return authorization.substring(SCHEME.length());
    }

    /** "Bearer " in any case of its ASCII letters, as the expression's case-insensitive match takes it. */
    private static boolean hasScheme(String authorization) {
        for (int i = 0; i < SCHEME.length(); i++) {
            char c = authorization.charAt(i);
            char expected = SCHEME.charAt(i);
            if (c != expected && !(Character.isLetter(expected) && c < 0x80 && Character.toLowerCase(c)
                    == Character.toLowerCase(expected))) {
                return false;
            }
        }
        return true;
    }

    private static boolean tokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
