package vn.ldld.platform.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Drives a running store with the writes one submitted report causes across the platform (not a test; run by hand,
 * see the module's README): the idempotency entry, the report with its pending event, the relay clearing it, and
 * for each of three consumers an inbox entry marked in progress then done around its effects (a notice claimed and
 * sent, read-model upserts, a hot counter). Prints the store process's CPU (utime + stime from {@code /proc}) per
 * report.
 * <p>
 * {@code ReportWriteLoad <mongo uri> <store pid> <reports> [threads 16] [warm-up reports 0]}
 */
public final class ReportWriteLoad {

    private static final String NARRATIVE =
            "Liên đoàn Lao động huyện Gò Dầu phối hợp tổ chức tuyên truyền pháp luật cho đoàn viên. ".repeat(15);
    private static final String PAYLOAD = NARRATIVE.substring(0, 600);
    private static final String[] CONSUMERS = {"notification", "analytics", "plan"};

    private final MongoDatabase report;
    private final Map<String, MongoDatabase> consumers;
    private final String planId = UUID.randomUUID().toString();

    private ReportWriteLoad(MongoClient client, String prefix) {
        this.report = client.getDatabase(prefix + "report");
        this.consumers = Map.of("notification", client.getDatabase(prefix + "notification"),
                "analytics", client.getDatabase(prefix + "analytics"), "plan", client.getDatabase(prefix + "plan"));
        report.getCollection("reports").createIndex(Indexes.ascending("planId", "phaseNumber", "unitCode"),
                new IndexOptions().unique(true));
        report.getCollection("reports").createIndex(Indexes.ascending("pendingEvents.id"),
                new IndexOptions().sparse(true));
        MongoCollection<Document> notices = consumers.get("notification").getCollection("notices");
        notices.createIndex(Indexes.ascending("status", "dueAt"));
        notices.createIndex(Indexes.ascending("pendingEvents.id"), new IndexOptions().sparse(true));
    }

    public static void main(String[] args) throws Exception {
        String uri = args[0];
        long pid = Long.parseLong(args[1]);
        int reports = Integer.parseInt(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        try (MongoClient client = MongoClients.create(uri)) {
            ReportWriteLoad load = new ReportWriteLoad(client, "load" + System.currentTimeMillis() + "_");
            if (warmup > 0) {
                load.run(warmup, threads, 0);
            }
            long cpuBefore = cpuTicks(pid);
            long start = System.nanoTime();
            int ops = load.run(reports, threads, warmup);
            double seconds = (System.nanoTime() - start) / 1e9;
            long cpu = cpuTicks(pid) - cpuBefore;
            double cpuMs = cpu * 10.0;
            System.out.printf("%d reports (%d operations) in %.1f s: %.0f reports/s; store CPU %.0f ms = %.3f ms per "
                    + "report, %.3f ms per operation%n", reports, ops, seconds, reports / seconds, cpuMs,
                    cpuMs / reports, cpuMs / ops);
        }
    }

    private int run(int reports, int threads, int offset) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ops = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < reports) {
                    ops.addAndGet(report(offset + i));
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return ops.get();
    }

    /** The store operations of one submitted report; returns how many. */
    private int report(int i) {
        String unit = "CDCS-" + i;
        String key = UUID.randomUUID().toString();
        String reportId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Date now = new Date();
        int ops = 0;
        // report-service: idempotency, the report with its pending event, the answer remembered
        MongoCollection<Document> idempotency = report.getCollection("idempotency");
        idempotency.insertOne(new Document("_id", key).append("state", "IN_PROGRESS").append("at", now));
        MongoCollection<Document> reports = report.getCollection("reports");
        reports.insertOne(new Document("_id", reportId).append("planId", planId).append("phaseNumber", 1)
                .append("unitCode", unit).append("narrative", NARRATIVE).append("version", 1L)
                .append("indicators", new Document("members", 120 + i % 50).append("meetings", 3)
                        .append("share", 0.75))
                .append("submittedAt", now)
                .append("pendingEvents", List.of(new Document("id", eventId).append("type", "ReportSubmitted")
                        .append("payload", PAYLOAD))));
        idempotency.updateOne(Filters.eq("_id", key), Updates.combine(Updates.set("state", "DONE"),
                Updates.set("reportId", reportId), Updates.set("status", 201)));
        ops += 3;
        // the relay: a scan now and then, and the event cleared once published
        if (i % 10 == 0) {
            reports.find(Filters.exists("pendingEvents.id")).limit(100).into(new ArrayList<>());
            ops++;
        }
        reports.updateOne(Filters.and(Filters.eq("_id", reportId), Filters.eq("pendingEvents.id", eventId)),
                Updates.pull("pendingEvents", new Document("id", eventId)));
        ops++;
        // three consumers: inbox in progress, effects, done
        for (String consumer : CONSUMERS) {
            MongoDatabase db = consumers.get(consumer);
            MongoCollection<Document> inbox = db.getCollection("processedEvents");
            inbox.insertOne(new Document("_id", eventId).append("state", "IN_PROGRESS").append("owner", "load")
                    .append("at", now));
            ops++;
            ops += effects(consumer, db, unit, reportId, now);
            inbox.updateOne(Filters.eq("_id", eventId), Updates.set("state", "DONE"));
            ops++;
        }
        return ops;
    }

    private int effects(String consumer, MongoDatabase db, String unit, String reportId, Date now) {
        switch (consumer) {
            case "notification" -> {
                MongoCollection<Document> notices = db.getCollection("notices");
                String noticeEvent = UUID.randomUUID().toString();
                notices.insertOne(new Document("_id", UUID.randomUUID().toString()).append("unitCode", unit)
                        .append("kind", "RECEIPT").append("status", "DUE").append("dueAt", now)
                        .append("body", PAYLOAD).append("pendingEvents",
                                List.of(new Document("id", noticeEvent).append("payload", PAYLOAD))));
                Document claimed = notices.findOneAndUpdate(
                        Filters.and(Filters.eq("status", "DUE"), Filters.lte("dueAt", new Date())),
                        Updates.combine(Updates.set("status", "CLAIMED"), Updates.set("owner", "load")),
                        new FindOneAndUpdateOptions().sort(Sorts.ascending("dueAt"))
                                .returnDocument(ReturnDocument.AFTER));
                if (claimed != null) {
                    notices.updateOne(Filters.eq("_id", claimed.get("_id")), Updates.combine(
                            Updates.set("status", "SENT"), Updates.pull("pendingEvents", new Document())));
                }
                return 3;
            }
            case "analytics" -> {
                db.getCollection("facts").updateOne(Filters.eq("_id", planId + ":" + unit),
                        Updates.combine(Updates.set("reportId", reportId), Updates.set("submittedAt", now),
                                Updates.set("members", 120)), new UpdateOptions().upsert(true));
                db.getCollection("totals").updateOne(Filters.eq("_id", planId),
                        Updates.combine(Updates.inc("submitted", 1), Updates.inc("members", 120)),
                        new UpdateOptions().upsert(true));
                return 2;
            }
            default -> {
                db.getCollection("units").updateOne(Filters.eq("_id", planId + ":" + unit),
                        Updates.combine(Updates.set("status", "SUBMITTED"), Updates.set("reportId", reportId)),
                        new UpdateOptions().upsert(true));
                return 1;
            }
        }
    }

    private static long cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields from the state (3rd field of stat): utime is the 14th field, stime the 15th
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
