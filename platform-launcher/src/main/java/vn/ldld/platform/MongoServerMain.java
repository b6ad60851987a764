package vn.ldld.platform;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import de.bwaldvogel.mongo.MongoServer;
import vn.ldld.platform.store.IndexedH2Backend;

/**
 * Runs a MongoDB-wire-compatible server (de.bwaldvogel mongo-java-server) on 127.0.0.1, backed by an
 * H2 MVStore file so that data survives restarts.
 * <p>
 * Flags: {@code --port 27017}, {@code --data-file <dir>/mongo.mv} (required). Runs until the process is
 * terminated; a shutdown hook closes the store so that H2 flushes. The store takes anonymous clients, so its file
 * is readable by its owner only (0600, in a 0700 folder), and it listens on loopback only.
 */
public final class MongoServerMain {

    private MongoServerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Flags flags = Flags.parse(args);
        Path dataFile = Path.of(flags.require("data-file")).toAbsolutePath();
        ownerOnly(dataFile);
        MongoServer server = new MongoServer(new IndexedH2Backend(dataFile.toString()));
        // shutdownNow closes client connections first, then the backend (and with it the H2 store)
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-shutdown"));
        server.bind("127.0.0.1", flags.intValue("port", 27017));
        System.out.println("Mongo server listening on " + server.getConnectionString() + ", data in " + dataFile);
        Thread.currentThread().join();
    }

    /**
     * Makes the data file owner-only before the store opens it (H2 writes it in place, keeping its mode): the folder
     * 0700, the file 0600, also when they exist from an earlier version with the default 0755 and 0644.
     */
    static void ownerOnly(Path dataFile) throws IOException {
        Path folder = dataFile.getParent();
        Files.createDirectories(folder);
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        if (Files.exists(dataFile)) {
            Files.setPosixFilePermissions(dataFile, PosixFilePermissions.fromString("rw-------"));
        } else {
            Files.createFile(dataFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
    }

}
