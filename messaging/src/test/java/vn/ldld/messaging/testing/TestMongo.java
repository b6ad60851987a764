package vn.ldld.messaging.testing;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One in-memory MongoDB-wire server for the whole test run; each test context uses its own database. Services
 * get it from the messaging test jar.
 */
public final class TestMongo {

    private static MongoServer server;

    private TestMongo() {
    }

    /** URI of {@code database} on the shared server, started on first use. */
    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind();
        }
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database + "?serverSelectionTimeoutMS=3000";
    }
}
