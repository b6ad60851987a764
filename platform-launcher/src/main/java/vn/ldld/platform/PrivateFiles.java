package vn.ldld.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * The platform's state (reports and plans in the store, events in Kafka's logs, e-mails, the identity service's
 * signing key, logs with names and addresses) is readable by its owner only: folders {@code 0700}, files
 * {@code 0600}. The processes the platform starts create theirs that way (umask {@code 077}); what the launcher
 * writes itself, and what an earlier version left readable, is set so here.
 */
final class PrivateFiles {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /**
     * @return the command prefix that runs a command with umask {@code 077}, so that every file and folder it
     * creates is its owner's only; the command keeps the shell's pid ({@code exec})
     */
    static List<String> ownerOnlyPrefix() {
        return POSIX ? List.of("/bin/sh", "-c", "umask 077 && exec \"$0\" \"$@\"") : List.of();
    }

    /** Creates {@code folder} and its missing parents, owner only. */
    static void createFolders(Path folder) {
        try {
            if (POSIX) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            }
            else {
                Files.createDirectories(folder);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Makes an existing file its owner's only. */
    static void restrict(Path file) {
        if (POSIX) {
            try {
                Files.setPosixFilePermissions(file, Files.isDirectory(file) ? FOLDER : FILE);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    /** Makes {@code root} and everything below it its owner's only (files that vanish meanwhile are skipped). */
    static void restrictTree(Path root) {
        if (!POSIX || !Files.isDirectory(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    setQuietly(dir, FOLDER);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isRegularFile()) {
                        setQuietly(file, FILE);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
                    if (ex instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw ex;
                }
            });
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void setQuietly(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        }
        catch (NoSuchFileException ex) {
            // a Kafka segment deleted or a mail file renamed meanwhile
        }
    }

}
