package vn.ldld.notification.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The key ring in a file; a missing file is created with one new key, readable by the owner only. */
final class KeyRingFile {

    private static final Logger log = LoggerFactory.getLogger(KeyRingFile.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private KeyRingFile() {
    }

    static KeyRing load(Path file, boolean createIfMissing, SecureRandom random) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            if (!createIfMissing) {
                throw new IllegalStateException("The secret key file " + absolute + " does not exist "
                        + "(notification.secrets.create-key-file is false)");
            }
            create(absolute, random);
        }
        try {
            KeyRing ring = KeyRing.parse(Files.readString(absolute, StandardCharsets.UTF_8), absolute.toString());
            log.atInfo().setMessage("Secret keys read").addKeyValue("keyFile", absolute)
                    .addKeyValue("currentKeyId", ring.currentId()).log();
            return ring;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the secret key file " + absolute + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file, SecureRandom random) {
        String id = "k" + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "");
        String content = "# AES-256 keys of the notification service's secrets at rest, the current key first\n"
                + KeyRing.newEntry(id, random) + "\n";
        try {
            Path directory = file.getParent();
            if (!Files.isDirectory(directory)) {
                if (POSIX) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(directory);
                }
            }
            // written owner-only beside its place, then linked in: another instance starting at the same moment
            // either sees no file or the whole file, and only one of the two new rings wins
            Path temporary = POSIX ? Files.createTempFile(directory, ".secret-keys", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(directory, ".secret-keys", ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                Files.createLink(file, temporary);
                log.atInfo().setMessage("Generated a new secret key").addKeyValue("keyFile", file)
                        .addKeyValue("keyId", id).log();
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (FileAlreadyExistsException createdMeanwhile) {
            log.atInfo().setMessage("Secret key file created by another instance").addKeyValue("keyFile", file).log();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the secret key file " + file + ": " + e.getMessage(), e);
        }
    }
}
