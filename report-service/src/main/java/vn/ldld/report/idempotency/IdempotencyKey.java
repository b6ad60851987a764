package vn.ldld.report.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An {@code Idempotency-Key} scoped to its caller (the same key sent by two callers are two keys), with the
 * fingerprint of the request it came with.
 *
 * @param scoped {@code <caller>/<key>}, what is stored and compared
 * @param fingerprint SHA-256 of the request's method, path and canonical body; null until
 *                    {@link #forRequest(String, String, String)} names the request
 */
public record IdempotencyKey(String scoped, String fingerprint) {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";

    // an sf-string per the draft ("..."), or the bare token many clients send; printable ASCII, at most 255
    private static final Pattern KEY = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,255}");

    /**
     * @param header the header value, or null
     * @param caller who is asking: the token's subject and the unit it submits for
     * @return the key, or null when the header is absent
     * @throws InvalidIdempotencyKeyException when the header is not a valid key
     */
    public static IdempotencyKey parse(String header, String caller) {
        if (header == null) {
            return null;
        }
        String key = header.trim();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        return new IdempotencyKey(caller + "/" + key, null);
    }

    /** This key with the fingerprint of the request it came with. */
    public IdempotencyKey forRequest(String method, String path, String canonicalBody) {
        return new IdempotencyKey(scoped, fingerprint(method, path, canonicalBody));
    }

    /** What is stored of this key with what its request created, remembered until {@code expiresAt}. */
    public StoredKey remembered(Instant expiresAt) {
        return new StoredKey(scoped, fingerprint, expiresAt);
    }

    /** SHA-256 of method, path and canonical body: two requests with the same key must have the same fingerprint. */
    static String fingerprint(String method, String path, String canonicalBody) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n" + canonicalBody).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
