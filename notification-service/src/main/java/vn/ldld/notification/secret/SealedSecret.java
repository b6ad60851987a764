package vn.ldld.notification.secret;

/**
 * A secret as stored: encrypted with AES-256-GCM.
 *
 * @param keyId id of the key that encrypted it (kept so that older keys still decrypt after a rotation)
 * @param nonce the 96-bit nonce, random for each value, Base64
 * @param ciphertext the ciphertext followed by the 128-bit authentication tag, Base64
 */
public record SealedSecret(String keyId, String nonce, String ciphertext) {
}
