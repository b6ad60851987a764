package vn.ldld.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;

/** The local store's file can be read by its owner only, whatever mode an earlier version left it with. */
class MongoServerMainTests {

    @TempDir
    Path state;

    @Test
    void aNewDataFileIsOwnerOnlyAndStaysSoOnceTheStoreWroteIt() throws Exception {
        Path dataFile = state.resolve("data").resolve("mongo").resolve("mongo.mv");

        MongoServerMain.ownerOnly(dataFile);
        writeADocument(dataFile);

        assertThat(mode(dataFile.getParent())).isEqualTo("rwx------");
        assertThat(mode(dataFile)).isEqualTo("rw-------");
        assertThat(Files.size(dataFile)).isPositive();
    }

    @Test
    void aDataFileLeftReadableByEveryoneIsMadeOwnerOnlyAndKeepsItsData() throws Exception {
        Path dataFile = state.resolve("mongo").resolve("mongo.mv");
        Files.createDirectories(dataFile.getParent());
        writeADocument(dataFile);
        Files.setPosixFilePermissions(dataFile.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dataFile, PosixFilePermissions.fromString("rw-r--r--"));

        MongoServerMain.ownerOnly(dataFile);

        assertThat(mode(dataFile.getParent())).isEqualTo("rwx------");
        assertThat(mode(dataFile)).isEqualTo("rw-------");
        MongoServer server = new MongoServer(new IndexedH2Backend(dataFile.toString(), failure -> { }));
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server))) {
            assertThat(client.getDatabase("notification").getCollection("preferences").countDocuments()).isEqualTo(1);
        } finally {
            server.shutdownNow();
        }
    }

    private static void writeADocument(Path dataFile) {
        MongoServer server = new MongoServer(new IndexedH2Backend(dataFile.toString(), failure -> { }));
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server))) {
            client.getDatabase("notification").getCollection("preferences").insertOne(new Document("_id", "LDLD-TB"));
        } finally {
            server.shutdownNow();
        }
    }

    private static String hostAndPort(MongoServer server) {
        InetSocketAddress address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
