package vn.ldld.identity.key;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token signing key, kept in a file so a restart keeps every issued token valid: an RSA 2048 JWK whose key id is
 * its RFC 7638 thumbprint. A missing file is created (owner read/write only); an unreadable or broken one stops the
 * service, since silently replacing the key would invalidate every token in circulation.
 */
public final class SigningKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SigningKeyFile() {
    }

    /** @return the key in {@code file}, generated and written there first if the file does not exist */
    public static RSAKey loadOrCreate(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            return read(absolute);
        }
        RSAKey key = generate();
        write(absolute, key);
        log.info("Generated a new token signing key {} in {}", key.getKeyID(), absolute);
        return key;
    }

    private static RSAKey read(Path file) {
        try {
            JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
                throw new IllegalStateException("The signing key file " + file + " holds no RSA private key");
            }
            if (rsa.size() < 2048) {
                throw new IllegalStateException("The signing key in " + file + " is shorter than 2048 bits");
            }
            RSAKey key = rsa.getKeyID() != null ? rsa
                    : new RSAKey.Builder(rsa).keyIDFromThumbprint().build();
            log.info("Using token signing key {} from {}", key.getKeyID(), file);
            return key;
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot read the signing key file " + file + ": " + ex.getMessage(), ex);
        }
        catch (ParseException | JOSEException ex) {
            throw new IllegalStateException("The signing key file " + file + " is not a valid JWK: " + ex.getMessage(),
                    ex);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Cannot generate an RSA signing key", ex);
        }
    }

    private static void write(Path file, RSAKey key) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            Path directory = file.getParent();
            Files.createDirectories(directory);
            // written next to its place, owner-only from the start, then moved in one step
            Path temporary = posix
                    ? Files.createTempFile(directory, ".identity-jwk", ".tmp",
                            PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(directory, ".identity-jwk", ".tmp");
            try {
                if (!posix) {
                    ownerOnly(temporary);
                }
                Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                }
                catch (AtomicMoveNotSupportedException ex) {
                    Files.move(temporary, file);
                }
            }
            finally {
                Files.deleteIfExists(temporary);
            }
            if (posix) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot write the signing key file " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static void ownerOnly(Path path) {
        var file = path.toFile();
        file.setReadable(false, false);
        file.setWritable(false, false);
        file.setReadable(true, true);
        file.setWritable(true, true);
    }
}
