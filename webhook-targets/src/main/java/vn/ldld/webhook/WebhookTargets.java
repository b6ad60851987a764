package vn.ldld.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides where a webhook may go. A URL is refused when it is not absolute http(s), carries a user name or password,
 * uses plain http to a host not in {@code platform.webhooks.plain-http-hosts}, or when its host is, spells or resolves
 * to an internal address ({@link InternalAddresses}) outside {@code platform.webhooks.internal-networks}.
 *
 * <p>Checked twice: when the URL is set ({@link #refusal(String)}, which also looks the name up, so the person setting
 * it learns at once), and when it is called ({@link #addressesOf(String)}: every address the name has at that moment
 * is checked, and the caller connects to exactly those addresses, so a name that changes its answer in between
 * cannot lead the call inside).
 */
public class WebhookTargets {

    static final String NOT_A_URL = "must be an absolute https URL, such as https://ldld-godau.vn/hooks/ldld";
    static final String USER_INFO = "must not contain a user name or password";
    static final String HTTPS_ONLY = "must use https: plain http is allowed only to the hosts this platform lists";
    static final String INTERNAL = "must not point to this server or to an internal network address (loopback, "
            + "private, link-local or cloud metadata): give the public address of your receiver";
    static final String RESOLVES_INTERNAL = "names a host that points to this server or to an internal network "
            + "address: give a host with a public address";
    static final String ODD_IP = "must write an IP address as four decimal numbers (such as 14.225.10.20), or use "
            + "a host name";
    static final String BAD_IP = "has a host that is neither a valid IP address nor a valid name";

    private final HostResolver resolver;
    private final List<String> plainHttpHosts;
    private final List<Network> internalNetworks;

    public WebhookTargets(WebhookProperties properties, HostResolver resolver) {
        this.resolver = resolver;
        this.plainHttpHosts = properties.plainHttpHosts().stream().map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
        this.internalNetworks = properties.internalNetworks().stream().map(String::strip).filter(n -> !n.isEmpty())
                .map(Network::parse).toList();
    }

    /**
     * Why {@code url} may not be a webhook, in words for the person who set it; empty when it may. Looks its host
     * name up: a name that does not resolve now is let through (the call checks again).
     */
    public Optional<String> refusal(String url) {
        return refusal(url, true);
    }

    /**
     * Like {@link #refusal(String)} without looking the name up: for a call whose connection resolves the name
     * through {@link #addressesOf(String)}.
     */
    public Optional<String> refusalWithoutLookup(String url) {
        return refusal(url, false);
    }

    /**
     * The addresses to connect to for a webhook to {@code host}: all of them checked. Connect to these and to no
     * other, so that the name cannot point elsewhere between the check and the connection.
     *
     * @throws RefusedAddressException when the host is, spells or resolves to an internal address
     * @throws UnknownHostException when it does not resolve
     */
    public List<InetAddress> addressesOf(String host) throws UnknownHostException {
        Host parsed = Host.of(host);
        if (parsed.literal() != null) {
            if (!parsed.canonical()) {
                throw new RefusedAddressException("webhook host " + host + " spells an IP address oddly");
            }
            requireAllowed(host, parsed.literal());
            return List.of(parsed.literal());
        }
        if (parsed.invalid()) {
            throw new RefusedAddressException("webhook host " + host + " is not a valid address or name");
        }
        if (parsed.localhost()) {
            throw new RefusedAddressException("webhook host " + host + " is this machine (localhost)");
        }
        List<InetAddress> addresses = resolver.resolve(parsed.name());
        if (addresses == null || addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            requireAllowed(host, address);
        }
        return List.copyOf(addresses);
    }

    private Optional<String> refusal(String url, boolean lookUp) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(NOT_A_URL);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getRawAuthority() == null) {
            return Optional.of(NOT_A_URL);
        }
        if (uri.getRawUserInfo() != null || uri.getHost() == null && uri.getRawAuthority().contains("@")) {
            return Optional.of(USER_INFO);
        }
        Host host = Host.of(uri.getHost() != null ? uri.getHost() : hostOf(uri.getRawAuthority()));
        if (uri.getHost() == null && host.literal() == null && !host.invalid()) {
            return Optional.of(NOT_A_URL); // neither a name nor an address, e.g. with an underscore
        }
        if (host.literal() != null) {
            if (!allowed(host.literal())) {
                return Optional.of(INTERNAL);
            }
            if (!host.canonical()) {
                return Optional.of(ODD_IP);
            }
        } else if (host.invalid()) {
            return Optional.of(BAD_IP);
        } else if (host.localhost()) {
            return Optional.of(INTERNAL);
        }
        if (scheme.equals("http") && !plainHttpAllowed(host.name())) {
            return Optional.of(HTTPS_ONLY);
        }
        if (lookUp && host.literal() == null) {
            try {
                for (InetAddress address : resolver.resolve(host.name())) {
                    if (!allowed(address)) {
                        return Optional.of(RESOLVES_INTERNAL);
                    }
                }
            } catch (UnknownHostException notResolvableNow) {
                // decided when it is called
            }
        }
        return Optional.empty();
    }

    /**
     * The host part of an authority that {@link URI} read as registry-based (it does so for {@code 127.1}): what
     * a resolver would still take for an address.
     */
    private static String hostOf(String authority) {
        if (authority.startsWith("[")) {
            return authority.substring(0, authority.indexOf(']') + 1);
        }
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }

    private void requireAllowed(String host, InetAddress address) throws RefusedAddressException {
        if (!allowed(address)) {
            throw new RefusedAddressException("webhook host " + host + " has the address " + address.getHostAddress()
                    + ": " + InternalAddresses.kindOf(address).orElse("internal"));
        }
    }

    private boolean allowed(InetAddress address) {
        return InternalAddresses.kindOf(address).isEmpty()
                || internalNetworks.stream().anyMatch(network -> network.contains(address));
    }

    private boolean plainHttpAllowed(String host) {
        for (String allowed : plainHttpHosts) {
            if (allowed.equals("*") || allowed.equals(host)
                    || allowed.startsWith("*.") && host.endsWith(allowed.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A URL's host: an IP address (any spelling), a name, or neither.
     *
     * @param name lower case, without brackets or a trailing dot
     * @param literal the address when the host is one
     * @param canonical whether an IPv4 address is written as four decimal numbers
     * @param invalid numeric but no address, or a scoped or malformed IPv6 address
     */
    private record Host(String name, InetAddress literal, boolean canonical, boolean invalid) {

        static Host of(String raw) {
            String lower = raw.toLowerCase(Locale.ROOT);
            String host = lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1)
                    : lower;
            if (host.contains(":")) {
                return ipv6(host);
            }
            if (Ipv4Literal.looksNumeric(host)) {
                return Ipv4Literal.parse(host).map(ip -> new Host(host, ip.address(), ip.canonical(), false))
                        .orElseGet(() -> new Host(host, null, false, true));
            }
            String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
            return new Host(name, null, true, name.isEmpty());
        }

        private static Host ipv6(String host) {
            if (host.contains("%")) {
                return new Host(host, null, false, true); // a scoped address: link-local, never a public host
            }
            try {
                InetAddress address = InetAddress.getByName("[" + host + "]"); // bracketed: parsed, never looked up
                return new Host(host, address, true, false);
            } catch (UnknownHostException e) {
                return new Host(host, null, false, true);
            }
        }

        boolean localhost() {
            return name.equals("localhost") || name.endsWith(".localhost");
        }
    }
}
