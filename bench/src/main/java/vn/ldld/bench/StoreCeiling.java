package vn.ldld.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * The ceiling of the store itself: single-document inserts per second (about the size of a report with its pending
 * event, with a unique index) into the same MongoDB-wire server, no HTTP, no Kafka. Uses a scratch database and
 * drops it afterwards.
 */
final class StoreCeiling {

    private StoreCeiling() {
    }

    static double measure(String uri, int inserts, int concurrency) throws Exception {
        String database = "bench_store_" + System.currentTimeMillis();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(database);
            MongoCollection<Document> docs = db.getCollection("docs");
            docs.createIndex(Indexes.ascending("planId", "phaseNumber", "unitCode"), new IndexOptions().unique(true));
            String filler = "Liên đoàn Lao động huyện Gò Dầu phối hợp tổ chức tuyên truyền. ".repeat(20);
            String planId = UUID.randomUUID().toString();
            // warm the connection pool and the server
            for (int i = 0; i < 200; i++) {
                docs.insertOne(doc("warm", i, filler));
            }
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < inserts) {
                        docs.insertOne(doc(planId, i, filler));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            db.drop();
            return inserts / seconds;
        }
    }

    private static Document doc(String planId, int i, String filler) {
        return new Document("_id", UUID.randomUUID().toString()).append("planId", planId).append("phaseNumber", 1)
                .append("unitCode", "CDCS-" + i).append("narrative", filler)
                .append("pendingEvents", List.of(new Document("id", UUID.randomUUID().toString())
                        .append("payload", filler.substring(0, 400))));
    }
}
