package vn.ldld.notification.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets for storage with AES-256-GCM under the current key of the ring, and decrypts them with whichever
 * key of the ring their id names. Each value gets a random 96-bit nonce. The {@code context} (what the secret is, and
 * whose) is bound to the ciphertext as associated data: a value copied to another unit's record does not decrypt.
 */
@Component
public class SecretBox {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing ring;
    private final SecureRandom random;

    @Autowired
    SecretBox(SecretProperties properties) {
        this(ring(properties, new SecureRandom()), new SecureRandom());
    }

    private SecretBox(KeyRing ring, SecureRandom random) {
        this.ring = ring;
        this.random = random;
    }

    /** A box over the key ring written in {@code keys} (the current key first): for tools and tests. */
    public static SecretBox of(String keys) {
        return new SecretBox(KeyRing.parse(keys, "key ring"), new SecureRandom());
    }

    /** A new random key ring entry {@code <id>:<Base64 key>}: for tools and tests. */
    public static String newKey(String id) {
        return KeyRing.newEntry(id, new SecureRandom());
    }

    private static KeyRing ring(SecretProperties properties, SecureRandom random) {
        if (properties.keys() != null && !properties.keys().isBlank()) {
            return KeyRing.parse(properties.keys(), "NOTIFICATION_SECRET_KEYS");
        }
        return KeyRingFile.load(properties.keyFile(), properties.createKeyFile(), random);
    }

    public SealedSecret seal(String secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, ring.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return new SealedSecret(ring.currentId(), Base64.getEncoder().encodeToString(nonce),
                    Base64.getEncoder().encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws UnreadableSecretException when its key is not in the ring or the value or context differ */
    public String open(SealedSecret sealed, String context) throws UnreadableSecretException {
        SecretKey key = ring.key(sealed.keyId());
        if (key == null) {
            throw new UnreadableSecretException("no key " + sealed.keyId() + " in the key ring", null);
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Base64.getDecoder().decode(sealed.nonce())));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(Base64.getDecoder().decode(sealed.ciphertext())),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableSecretException("the secret sealed with key " + sealed.keyId()
                    + " does not decrypt (altered, or sealed for another record)", e);
        }
    }

    /** Whether {@code sealed} is under the current key (else a rotation re-seals it). */
    public boolean isCurrent(SealedSecret sealed) {
        return ring.currentId().equals(sealed.keyId());
    }
}
