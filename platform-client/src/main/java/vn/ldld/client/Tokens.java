package vn.ldld.client;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;


/**
 * Access tokens from the platform's identity service for the command line and the demo: a demo account logs in by
 * the {@code platform-cli} client (authorization code with PKCE), the outside system's machine client by client
 * credentials. Tokens are kept per account for the life of this object (they last longer than a demo).
 */
public final class Tokens {

    /** The machine client of an outside provincial system. */
    public static final String MACHINE_CLIENT = "provincial-hub";

    /** The password of every demo account (demo data, not for a deployment). */
    public static final String DEMO_PASSWORD = "demo";

    private final URI issuer;
    private final Map<String, String> byAccount = new ConcurrentHashMap<>();

    public Tokens(URI issuer) {
        this.issuer = issuer;
    }

    /**
     * @param account a demo account ({@code staff}, {@code viewer}, a unit's account such as {@code ldld-tb}) or
     * {@link #MACHINE_CLIENT}
     * @return a bearer token for it
     */
    public String of(String account) {
        return this.byAccount.computeIfAbsent(account, (name) -> name.equals(MACHINE_CLIENT)
                ? DemoLogin.clientCredentials(this.issuer, MACHINE_CLIENT,
                        Objects.requireNonNullElse(System.getenv("PROVINCIAL_HUB_SECRET"), "hub-secret"))
                : login(name, DEMO_PASSWORD));
    }

    /** @return a bearer token for an account with its password (not kept) */
    public String login(String account, String password) {
        try {
            return DemoLogin.accessToken(this.issuer, account, password);
        }
        catch (IllegalStateException ex) {
            throw new ClientException("No token for " + account + " from " + this.issuer + ": " + ex.getMessage(), ex);
        }
    }

    /** @return the demo account of a unit: its code in lower case, e.g. {@code ldld-tb} for LDLD-TB */
    public static String accountOf(String unitCode) {
        return unitCode.toLowerCase(java.util.Locale.ROOT);
    }
}
