package vn.ldld.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Documents are written to the file as BSON ({@link BsonDocumentType}) and come back with the same values and types
 * after the store opens again; a file an earlier version wrote (H2's own format, Java serialization) still opens,
 * its documents readable, updatable and written as BSON from then on.
 */
class StoredDocumentFormatTests {

    @TempDir
    Path data;

    @Test
    void everyValueTypeComesBackTheSameAfterTheStoreOpensAgain() {
        Document written = sample("r1");
        try (Store store = new Store(new IndexedH2Backend(file(), failure -> { }))) {
            store.reports().insertOne(written);
            store.reports().insertOne(sample("r2"));
        }
        try (Store store = new Store(new IndexedH2Backend(file(), failure -> { }))) {
            Document read = store.reports().find(Filters.eq("_id", "r1")).first();
            assertThat(read).isEqualTo(written);
            assertThat(read.get("count")).isInstanceOf(Integer.class);
            assertThat(read.get("version")).isInstanceOf(Long.class);
            assertThat(read.get("share")).isInstanceOf(Double.class);
            assertThat(read.get("amount")).isInstanceOf(Decimal128.class);
            assertThat(read.get("submittedAt")).isInstanceOf(Date.class);
            assertThat(read.get("key")).isInstanceOf(UUID.class);
            assertThat(store.reports().countDocuments()).isEqualTo(2);
        }
    }

    @Test
    void aFileWrittenInTheEarlierFormatOpensAndIsWrittenAsBsonFromThenOn() {
        try (Store store = new Store(new H2Backend(file()))) {
            for (int i = 0; i < 40; i++) {
                store.reports().insertOne(sample("r" + i));
            }
        }
        try (Store store = new Store(new IndexedH2Backend(file(), failure -> { }))) {
            assertThat(store.reports().find(Filters.eq("_id", "r7")).first()).isEqualTo(sample("r7"));
            store.reports().updateOne(Filters.eq("_id", "r7"), Updates.set("version", 2L));
            store.reports().insertOne(sample("r40"));
        }
        try (Store store = new Store(new IndexedH2Backend(file(), failure -> { }))) {
            List<Document> all = store.reports().find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
            assertThat(all).hasSize(41);
            assertThat(store.reports().find(Filters.eq("_id", "r7")).first()).isEqualTo(sample("r7")
                    .append("version", 2L));
            assertThat(store.reports().find(Filters.eq("_id", "r40")).first()).isEqualTo(sample("r40"));
            assertThat(store.reports().find(Filters.eq("_id", "r13")).first()).isEqualTo(sample("r13"));
        }
    }

    private static Document sample(String id) {
        return new Document("_id", id).append("unitCode", "CĐCS Gò Dầu").append("count", 7)
                .append("version", 1L).append("share", 0.75).append("amount", new Decimal128(new BigDecimal("12.50")))
                .append("submittedAt", new Date(1_764_800_000_000L)).append("late", false).append("note", null)
                .append("key", UUID.fromString("6f1c2a52-4f8e-4a55-9d0a-4b1f0e0b9c11"))
                .append("objectId", new ObjectId("65f0c0ffee0000000000abcd"))
                .append("signature", new Binary(BsonBinarySubType.BINARY, new byte[] {1, 2, 3}))
                .append("indicators", new Document("members", 120).append("nested", new Document("x", List.of(1, 2L))))
                .append("pendingEvents", List.of(new Document("id", "e-" + id).append("payload", "{\"a\":1}")));
    }

    private String file() {
        return data.resolve("mongo.mv").toString();
    }

    /** A store on a free port with a client that writes UUIDs in the standard representation, as the services do. */
    private static final class Store implements AutoCloseable {

        private final MongoServer server;
        private final MongoClient client;

        Store(MongoBackend backend) {
            server = new MongoServer(backend);
            var address = server.bind();
            client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":"
                            + address.getPort()))
                    .uuidRepresentation(UuidRepresentation.STANDARD).build());
        }

        MongoCollection<Document> reports() {
            return client.getDatabase("ldld").getCollection("reports");
        }

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }
}
