package vn.ldld.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** A block of addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}). */
final class Network {

    private final String text;
    private final byte[] base;
    private final int prefix;

    private Network(String text, byte[] base, int prefix) {
        this.text = text;
        this.base = base;
        this.prefix = prefix;
    }

    /**
     * @throws IllegalArgumentException when {@code cidr} is not an address with an optional {@code /prefix}
     */
    static Network parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        boolean ipv6 = address.contains(":");
        if (!ipv6 && !address.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
            throw new IllegalArgumentException("not an IP address: " + cidr);
        }
        try {
            // literals only, never looked up; Java reads ::ffff:a.b.c.d as IPv4, kept here in its IPv6 form
            InetAddress parsed = InetAddress.getByName(ipv6 ? "[" + address + "]" : address);
            byte[] base = ipv6 && parsed instanceof Inet4Address ? mapped(parsed.getAddress()) : parsed.getAddress();
            int prefix = slash < 0 ? base.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > base.length * 8) {
                throw new IllegalArgumentException("prefix out of range: " + cidr);
            }
            return new Network(text, base, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not a network in CIDR notation: " + cidr, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != base.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (base[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] mapped(byte[] ipv4) {
        byte[] ipv6 = new byte[16];
        ipv6[10] = (byte) 0xff;
        ipv6[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, ipv6, 12, 4);
        return ipv6;
    }

    @Override
    public String toString() {
        return text;
    }
}
