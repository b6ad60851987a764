package vn.ldld.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses a webhook must never reach: this machine, internal networks and addresses that are no single public
 * host. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that IPv4 address.
 */
final class InternalAddresses {

    /** A block and what it is, for the service log. */
    private record Block(Network network, String kind) {
    }

    private static final List<Block> IPV4 = List.of(
            block("0.0.0.0/8", "unspecified ('this network')"),
            block("10.0.0.0/8", "private (RFC 1918)"),
            block("100.64.0.0/10", "shared carrier-grade NAT (RFC 6598)"),
            block("127.0.0.0/8", "loopback"),
            block("169.254.0.0/16", "link-local, cloud metadata"),
            block("172.16.0.0/12", "private (RFC 1918)"),
            block("192.0.0.0/24", "IETF protocol assignments"),
            block("192.0.2.0/24", "documentation (TEST-NET-1)"),
            block("192.88.99.0/24", "6to4 relay anycast"),
            block("192.168.0.0/16", "private (RFC 1918)"),
            block("198.18.0.0/15", "benchmarking"),
            block("198.51.100.0/24", "documentation (TEST-NET-2)"),
            block("203.0.113.0/24", "documentation (TEST-NET-3)"),
            block("224.0.0.0/4", "multicast"),
            block("240.0.0.0/4", "reserved, broadcast"));

    private static final List<Block> IPV6 = List.of(
            block("::/128", "unspecified"),
            block("::1/128", "loopback"),
            block("100::/64", "discard-only"),
            block("64:ff9b:1::/48", "local-use NAT64"),
            block("2001::/32", "Teredo"),
            block("2001:db8::/32", "documentation"),
            block("fc00::/7", "unique-local"),
            block("fe80::/10", "link-local"),
            block("fec0::/10", "site-local"),
            block("ff00::/8", "multicast"));

    private static final Network MAPPED = Network.parse("::ffff:0:0/96");
    private static final Network COMPATIBLE = Network.parse("::/96");
    private static final Network NAT64 = Network.parse("64:ff9b::/96");
    private static final Network SIX_TO_FOUR = Network.parse("2002::/16");

    private InternalAddresses() {
    }

    /** @return what kind of internal address {@code address} is, or empty for a public one */
    static Optional<String> kindOf(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return find(IPV4, address);
        }
        Optional<String> own = find(IPV6, address);
        if (own.isPresent()) {
            return own;
        }
        if (COMPATIBLE.contains(address)) {
            return Optional.of("IPv4-compatible IPv6 (deprecated, never a public host)");
        }
        return embeddedIpv4(address).flatMap(InternalAddresses::kindOf).map(kind -> kind + ", in an IPv6 form");
    }

    /** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        byte[] bytes = address.getAddress();
        byte[] ipv4;
        if (MAPPED.contains(address) || NAT64.contains(address)) {
            ipv4 = Arrays.copyOfRange(bytes, 12, 16);
        } else if (SIX_TO_FOUR.contains(address)) {
            ipv4 = Arrays.copyOfRange(bytes, 2, 6);
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(ipv4));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Optional<String> find(List<Block> blocks, InetAddress address) {
        return blocks.stream().filter(b -> b.network().contains(address)).map(Block::kind).findFirst();
    }

    private static Block block(String cidr, String kind) {
        return new Block(Network.parse(cidr), kind);
    }
}
