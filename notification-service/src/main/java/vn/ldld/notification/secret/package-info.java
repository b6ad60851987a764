/**
 * Secrets at rest: AES-256-GCM with a random nonce per value and the id of the key stored with the ciphertext, so a
 * new key encrypts while the old ones still decrypt (rotation). Keys come from {@code NOTIFICATION_SECRET_KEYS} or
 * the key file {@code NOTIFICATION_SECRET_KEY_FILE}, created (owner-only) on first start when missing.
 */
package vn.ldld.notification.secret;
