package vn.ldld.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import vn.ldld.platform.store.IndexedH2Backend;

/**
 * Runs a MongoDB-wire-compatible server (de.bwaldvogel mongo-java-server) on 127.0.0.1, backed by an
 * H2 MVStore file so that data survives restarts.
 * <p>
 * Flags: {@code --port 27017}, {@code --data-file <dir>/mongo.mv} (required). Runs until the process is
 * terminated; a shutdown hook closes the store so that H2 flushes.
 */
public final class MongoServerMain {

    private MongoServerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Flags flags = Flags.parse(args);
        Path dataFile = Path.of(flags.require("data-file")).toAbsolutePath();
        Files.createDirectories(dataFile.getParent());
        MongoServer server = new MongoServer(new IndexedH2Backend(dataFile.toString()));
        // shutdownNow closes client connections first, then the backend (and with it the H2 store)
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-shutdown"));
        server.bind("127.0.0.1", flags.intValue("port", 27017));
        System.out.println("Mongo server listening on " + server.getConnectionString() + ", data in " + dataFile);
        Thread.currentThread().join();
    }

}
