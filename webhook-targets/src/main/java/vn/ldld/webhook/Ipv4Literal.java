package vn.ldld.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host that is an IPv4 address, in any spelling a resolver accepts: dotted decimal ({@code 127.0.0.1}), but also
 * fewer parts ({@code 127.1}), one number ({@code 2130706433}), hex ({@code 0x7f000001}) or octal
 * ({@code 017700000001}, {@code 0177.0.0.1}) parts. As in the WHATWG URL rules, a host whose last label is a number is
 * an IPv4 address or is invalid, never a name to look up.
 *
 * @param address the address it spells
 * @param canonical whether it is written as four decimal numbers without leading zeros
 */
record Ipv4Literal(InetAddress address, boolean canonical) {

    private static final Pattern NUMBER = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");
    private static final Pattern CANONICAL = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

    /** Whether {@code host} must be read as an IPv4 address: its last label is a number. */
    static boolean looksNumeric(String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String last = trimmed.substring(trimmed.lastIndexOf('.') + 1);
        return !last.isEmpty() && NUMBER.matcher(last).matches();
    }

    /**
     * @return the address {@code host} spells, or empty when it is numeric but no valid address (too many parts, a
     *         part too large, a bad digit)
     */
    static Optional<Ipv4Literal> parse(String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = trimmed.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = number(parts[i]);
            if (value == null) {
                return Optional.empty();
            }
            values[i] = value;
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return Optional.empty();
            }
            address |= values[i] << (8 * (3 - i));
        }
        long last = values[values.length - 1];
        if (last >= 1L << (8 * (5 - values.length))) {
            return Optional.empty();
        }
        address |= last;
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return Optional.of(new Ipv4Literal(InetAddress.getByAddress(bytes), CANONICAL.matcher(host).matches()));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A part in decimal, octal (leading 0) or hex (0x); null when it is none of them or too large. */
    private static Long number(String part) {
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? 0L : bounded(Long.parseLong(part.substring(2), 16));
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return bounded(Long.parseLong(part.substring(1), 8));
            }
            return bounded(Long.parseLong(part));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long bounded(long value) {
        return value >= 0 && value <= 0xFFFF_FFFFL ? value : null;
    }
}
