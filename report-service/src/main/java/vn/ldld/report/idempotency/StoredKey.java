package vn.ldld.report.idempotency;

import java.time.Instant;

/**
 * What is kept of the {@code Idempotency-Key} of the request that created something, in the same document as what
 * it created (the key costs no write of its own).
 *
 * @param key the caller-scoped key, or {@code none/<id>} when the request had none (the key's unique index needs a
 *            value)
 * @param fingerprint the fingerprint of that request, null without a key
 * @param expiresAt when the key stops being remembered, null without a key
 */
public record StoredKey(String key, String fingerprint, Instant expiresAt) {

    /** For what a request without a key created. */
    public static StoredKey none(String id) {
        return new StoredKey("none/" + id, null, null);
    }

    /** Whether the key is no longer remembered at {@code now}. */
    public boolean expired(Instant now) {
        return expiresAt == null || !now.isBefore(expiresAt);
    }

    /**
     * @throws IdempotencyKeyReusedException when {@code key} comes with another request than the one stored
     */
    public void requireSameRequest(IdempotencyKey key) {
        if (fingerprint == null || !fingerprint.equals(key.fingerprint())) {
            throw new IdempotencyKeyReusedException();
        }
    }
}
