package vn.ldld.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * The store process ({@link MongoServerMain}) killed with {@code kill -9} while 16 clients write: every insert and
 * every update it acknowledged is there when it starts again on the same file, whether the H2 file was committed
 * since the store started (a checkpoint) or not.
 */
class StoreDurabilityTests {

    private static final int WRITERS = 16;

    @TempDir
    Path dir;

    private Process store;

    @AfterEach
    void stop() {
        if (store != null) {
            store.destroyForcibly();
        }
    }

    @Test
    void everyWriteTheStoreAcknowledgedSurvivesKillMinusNine() throws Exception {
        writeThenKillAndCheck(acknowledged -> acknowledged >= 400);
    }

    /** Killed after the H2 file was committed once under the writes: the log started anew, the older part gone. */
    @Test
    void everyWriteAcknowledgedAcrossACheckpointSurvivesKillMinusNine() throws Exception {
        AtomicInteger atCheckpoint = new AtomicInteger(-1);
        writeThenKillAndCheck(acknowledged -> {
            if (atCheckpoint.get() < 0 && Files.exists(dir.resolve("mongo.mv.changes.1"))) {
                atCheckpoint.set(acknowledged);
            }
            return atCheckpoint.get() >= 0 && acknowledged >= atCheckpoint.get() + 200;
        });
        assertThat(dir.resolve("mongo.mv.changes.0")).doesNotExist();
    }

    private void writeThenKillAndCheck(IntPredicate killWhen) throws Exception {
        int port = freePort();
        store = start(port);
        Set<String> inserted = ConcurrentHashMap.newKeySet();
        Map<String, Integer> updated = new ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (MongoClient client = client(port)) {
            MongoCollection<Document> reports = client.getDatabase("report").getCollection("reports");
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; ; i++) {
                        String id = writer + "-" + i;
                        try {
                            reports.insertOne(new Document("_id", id).append("revision", 1)
                                    .append("pendingEvents", List.of(new Document("id", "event-" + id))));
                            inserted.add(id);
                            acknowledged.incrementAndGet();
                            // what the outbox relay does once Kafka acknowledged the event
                            reports.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("revision", 2),
                                    Updates.pull("pendingEvents", Filters.eq("id", "event-" + id))));
                            updated.put(id, 2);
                        } catch (RuntimeException storeGone) {
                            return;
                        }
                    }
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> killWhen.test(acknowledged.get()));
            store.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        store = start(port);
        try (MongoClient client = client(port)) {
            MongoCollection<Document> reports = client.getDatabase("report").getCollection("reports");
            Map<String, Document> stored = new HashMap<>();
            reports.find().forEach(document -> stored.put(document.getString("_id"), document));
            assertThat(stored.keySet()).containsAll(inserted);
            List<String> updatesLost = new ArrayList<>();
            updated.keySet().forEach(id -> {
                Document document = stored.get(id);
                if (document.getInteger("revision") != 2 || !document.getList("pendingEvents", Document.class).isEmpty()) {
                    updatesLost.add(id);
                }
            });
            assertThat(updatesLost).isEmpty();
        }
    }

    private Process start(int port) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                MongoServerMain.class.getName(), "--port", Integer.toString(port), "--data-file",
                dir.resolve("mongo.mv").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mongo.log")
                        .toFile())).start();
        await().atMost(Duration.ofSeconds(60)).until(() -> portOpen(port));
        return process;
    }

    private static MongoClient client(int port) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS)
                        .readTimeout(5, TimeUnit.SECONDS))
                .retryWrites(false).build());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }
}
