package vn.ldld.gateway.edge;

import java.util.function.BiConsumer;

/**
 * The security headers of every answer, in one place for the answers Spring writes ({@link SecurityHeadersFilter})
 * and the ones written below it for requests that could not even be read.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    /**
     * @param set      sets one header, replacing any value it had
     * @param noStore  whether the answer must not be cached ({@code /api/**} and every error the gateway writes)
     * @param secure   whether the request came over https, so browsers are told to keep to it
     */
    public static void write(BiConsumer<String, String> set, boolean noStore, boolean secure) {
        set.accept("X-Content-Type-Options", "nosniff");
        set.accept("X-Frame-Options", "DENY");
        set.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        set.accept("Referrer-Policy", "no-referrer");
        if (noStore) {
            set.accept("Cache-Control", "no-store");
        }
        if (secure) {
            set.accept("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
