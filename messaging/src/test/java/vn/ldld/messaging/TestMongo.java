package vn.ldld.messaging;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** One in-memory MongoDB-wire server for the whole test run; each test class uses its own database. */
final class TestMongo {

    private static MongoServer server;

    private TestMongo() {
    }

    static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            return uriOf(address, database);
        }
        return uriOf(server.getLocalAddress(), database);
    }

    private static String uriOf(InetSocketAddress address, String database) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database + "?serverSelectionTimeoutMS=3000";
    }
}
