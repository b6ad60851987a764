package vn.ldld.bench;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

import vn.ldld.client.DemoLogin;

/**
 * An access token of an account from the identity service (authorization code with PKCE, as {@code ./platform
 * token} gets it), fetched again before it expires (30 minutes) or when an answer says it is no longer accepted.
 */
public final class StaffToken implements Supplier<String> {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(20);

    private final URI issuer;
    private final String account;
    private final String password;
    private String token;
    private long fetchedAt;

    public StaffToken(String issuer, String account, String password) {
        this.issuer = URI.create(issuer);
        this.account = account;
        this.password = password;
    }

    /** @throws IllegalStateException when the identity service cannot be reached or refuses the account */
    @Override
    public synchronized String get() {
        if (token == null || System.nanoTime() - fetchedAt > RENEW_AFTER.toNanos()) {
            try {
                token = DemoLogin.accessToken(issuer, account, password);
            } catch (RuntimeException e) {
                throw new IllegalStateException("no token for " + account + " from " + issuer + ": " + e.getMessage(), e);
            }
            fetchedAt = System.nanoTime();
        }
        return token;
    }

    /** Forgets a token an answer refused (401), so the next request fetches a new one. */
    synchronized void refused(String refusedToken) {
        if (refusedToken.equals(token)) {
            token = null;
        }
    }
}
