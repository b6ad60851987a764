package vn.ldld.notification.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-GCM sealing, key rotation and the key file. */
class SecretBoxTests {

    private static final String K1 = SecretBox.newKey("k1");
    private static final String K2 = SecretBox.newKey("k2");

    @TempDir
    Path directory;

    @Test
    void aSealedSecretOpensWithItsContextOnly() throws Exception {
        SecretBox box = SecretBox.of(K1);
        SealedSecret sealed = box.seal("bi-mat-0123456789", "preferences/LDLD-GD/webhookSecret");

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(sealed.ciphertext()).doesNotContain("bi-mat");
        assertThat(box.open(sealed, "preferences/LDLD-GD/webhookSecret")).isEqualTo("bi-mat-0123456789");
        assertThat(box.seal("bi-mat-0123456789", "x").nonce()).as("a new nonce each time")
                .isNotEqualTo(box.seal("bi-mat-0123456789", "x").nonce());
        assertThatThrownBy(() -> box.open(sealed, "preferences/LDLD-TC/webhookSecret"))
                .isInstanceOf(UnreadableSecretException.class);
        String altered = sealed.ciphertext().charAt(0) == 'A' ? "B" + sealed.ciphertext().substring(1)
                : "A" + sealed.ciphertext().substring(1);
        assertThatThrownBy(() -> box.open(new SealedSecret("k1", sealed.nonce(), altered),
                "preferences/LDLD-GD/webhookSecret")).isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void theNewKeyEncryptsAndTheOldKeysStillDecrypt() throws Exception {
        SealedSecret old = SecretBox.of(K1).seal("bi-mat-0123456789", "c");
        SecretBox rotated = SecretBox.of(K2 + "\n" + K1);

        assertThat(rotated.open(old, "c")).isEqualTo("bi-mat-0123456789");
        assertThat(rotated.isCurrent(old)).isFalse();
        SealedSecret resealed = rotated.seal(rotated.open(old, "c"), "c");
        assertThat(resealed.keyId()).isEqualTo("k2");
        assertThat(rotated.isCurrent(resealed)).isTrue();

        SecretBox oldKeyRemoved = SecretBox.of(K2);
        assertThat(oldKeyRemoved.open(resealed, "c")).isEqualTo("bi-mat-0123456789");
        assertThatThrownBy(() -> oldKeyRemoved.open(old, "c")).isInstanceOf(UnreadableSecretException.class)
                .hasMessageContaining("k1");
    }

    @Test
    void aBadKeyRingIsRefusedWithoutShowingAKey() {
        assertThatThrownBy(() -> SecretBox.of("k1:c2hvcnQ=")).hasMessageContaining("k1").hasMessageContaining("32")
                .hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> SecretBox.of(K1 + "," + K1)).hasMessageContaining("twice");
        assertThatThrownBy(() -> SecretBox.of("# only a comment")).hasMessageContaining("no key");
        assertThatThrownBy(() -> SecretBox.of("no-colon-here")).hasMessageContaining("<id>:<Base64 key>");
    }

    @Test
    void aMissingKeyFileIsCreatedOwnerOnlyAndKeptAcrossStarts() throws Exception {
        Path file = directory.resolve("notification").resolve("secret-keys");
        SealedSecret sealed = new SecretBox(new SecretProperties(null, file, true)).seal("bi-mat-0123456789", "c");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(new SecretBox(new SecretProperties(null, file, true)).open(sealed, "c"))
                .isEqualTo("bi-mat-0123456789");
        assertThatThrownBy(() -> new SecretBox(new SecretProperties(null, directory.resolve("absent"), false)))
                .hasMessageContaining("does not exist");
    }
}
