package vn.ldld.notification.delivery;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.apache.hc.client5.http.DnsResolver;

import vn.ldld.webhook.WebhookTargets;

/**
 * The webhook client's only way to find an address: every address of the host is checked, and the client connects to
 * exactly those, so the address checked is the address called (a name cannot answer differently in between). The
 * client sends the name in {@code Host} and in TLS (SNI, certificate check), as for any call.
 */
final class CheckedDnsResolver implements DnsResolver {

    private final WebhookTargets targets;

    CheckedDnsResolver(WebhookTargets targets) {
        this.targets = targets;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return targets.addressesOf(host).toArray(InetAddress[]::new);
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return targets.addressesOf(host).stream().map(address -> new InetSocketAddress(address, port)).toList();
    }

    /** Never a reverse lookup: the name given is the name used. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
