package vn.ldld.platform.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;

/**
 * Runs a MongoDB-wire-compatible server (de.bwaldvogel mongo-java-server) on 127.0.0.1 only, backed by an H2
 * MVStore file; every answer waits until what it acknowledges is forced to disk (see {@link IndexedH2Backend}).
 * <p>
 * Flags: {@code --port 27017}, {@code --data-file <dir>/mongo.mv} (required), {@code --worker-threads 64}. Runs
 * until the process is terminated; a shutdown hook closes the store. If the store cannot write to disk the process
 * halts at once: a restart recovers what was forced to disk, which is everything that was acknowledged. The
 * store takes anonymous clients, so its file is readable by its owner only (0600, in a 0700 folder).
 */
public final class MongoServerMain {

    private static final Logger log = LoggerFactory.getLogger(MongoServerMain.class);

    /** Exit status when the store could not write to disk. */
    static final int DISK_FAILURE_STATUS = 74;

    /**
     * Threads answering connections. A command's thread waits for the sync to disk that makes it durable, and a
     * connection stays on one thread: with many threads, the requests of different connections wait for the same
     * sync instead of for each other's.
     */
    private static final int DEFAULT_WORKER_THREADS = 64;

    private MongoServerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> flags = flags(args);
        String dataFileFlag = flags.get("data-file");
        if (dataFileFlag == null || dataFileFlag.isBlank()) {
            throw new IllegalArgumentException("Missing required flag --data-file");
        }
        Path dataFile = Path.of(dataFileFlag).toAbsolutePath();
        ownerOnly(dataFile);
        MongoServer server = new MongoServer(new IndexedH2Backend(dataFile.toString(), failure -> {
            log.error("The store cannot write to disk: stopping without a clean shutdown", failure);
            Runtime.getRuntime().halt(DISK_FAILURE_STATUS);
        }));
        // shutdownNow closes client connections first, then the backend (and with it the H2 store)
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-shutdown"));
        server.bind(new InetSocketAddress("127.0.0.1", intFlag(flags, "port", 27017)), 1,
                intFlag(flags, "worker-threads", DEFAULT_WORKER_THREADS));
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

    /**
     * {@code --name value} or {@code --name=value}: how every process main of the local platform reads its flags
     * (the launcher's own mains read them through this too).
     */
    public static Map<String, String> flags(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + args[i] + "', flags look like --name value");
            }
            String flag = args[i].substring(2);
            int eq = flag.indexOf('=');
            if (eq >= 0) {
                values.put(flag.substring(0, eq), flag.substring(eq + 1));
            }
            else if (i + 1 < args.length) {
                values.put(flag, args[++i]);
            }
            else {
                throw new IllegalArgumentException("Flag --" + flag + " needs a value");
            }
        }
        return values;
    }

    private static int intFlag(Map<String, String> flags, String name, int defaultValue) {
        String value = flags.get(name);
        return (value != null) ? Integer.parseInt(value) : defaultValue;
    }

}
