package vn.ldld.notification.secret;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256 keys by id, the current (encrypting) key first. Written as {@code <id>:<Base64 of 32 bytes>} entries, one a
 * line or separated by commas; {@code #} starts a comment.
 */
final class KeyRing {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final int KEY_BYTES = 32;

    private final Map<String, SecretKey> keys;
    private final String currentId;

    private KeyRing(Map<String, SecretKey> keys) {
        this.keys = keys;
        this.currentId = keys.keySet().iterator().next();
    }

    /** @throws IllegalArgumentException naming the entry that is wrong (never a key's value) */
    static KeyRing parse(String text, String source) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        int number = 0;
        for (String entry : entries(text)) {
            number++;
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).strip();
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(source + ", entry " + number + ": expected <id>:<Base64 key>, "
                        + "the id of letters, digits, '.', '_' or '-'");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ", key " + id + ": not Base64");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException(source + ", key " + id + ": " + key.length + " bytes, expected 32");
            }
            if (keys.putIfAbsent(id, new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalArgumentException(source + ": key id " + id + " appears twice");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no key");
        }
        return new KeyRing(keys);
    }

    /** The entries of the text: comments left out, one a line or separated by commas. */
    private static List<String> entries(String text) {
        List<String> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            for (String entry : content.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.strip());
                }
            }
        }
        return entries;
    }

    /** A line of a new key ring with one random key. */
    static String newEntry(String id, SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return id + ":" + Base64.getEncoder().encodeToString(key);
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    /** The key with this id, or null. */
    SecretKey key(String id) {
        return keys.get(id);
    }

    /** The ids, current first. */
    Iterable<String> ids() {
        return keys.keySet();
    }
}
