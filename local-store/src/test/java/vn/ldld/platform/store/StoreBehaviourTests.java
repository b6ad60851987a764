package vn.ldld.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The behaviours in which the local store (mongo-java-server with {@link IndexedH2Backend}) and MongoDB may differ,
 * and on which the services rely (see README "Where the local store and MongoDB may differ"): each check runs on the
 * local store, and on {@code mongo:8} (a one-member replica set) where a container engine runs.
 */
class StoreBehaviourTests {

    private static final List<AutoCloseable> OPEN = new ArrayList<>();

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("local store", (Callable<MongoClient>) StoreBehaviourTests::localStore),
                Arguments.of("mongo:8", (Callable<MongoClient>) StoreBehaviourTests::mongo8));
    }

    @AfterAll
    static void close() throws Exception {
        for (AutoCloseable open : OPEN) {
            open.close();
        }
    }

    /** A unique index lets exactly one of many concurrent inserts of the same key through; the others get E11000. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aUniqueIndexAdmitsOneOfConcurrentInsertsOfTheSameKey(String store, Callable<MongoClient> client) throws Exception {
        MongoCollection<Document> keys = collection(client, "idempotency_keys");
        keys.createIndex(Indexes.ascending("unit", "key"), new IndexOptions().unique(true));

        List<Outcome> outcomes = concurrently(16, i -> keys.insertOne(new Document("unit", "LDLD-TB").append("key", "k-1")
                .append("attempt", i)));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                .allSatisfy(outcome -> assertThat(outcome.duplicateKey()).as(String.valueOf(outcome.error())).isTrue());
        assertThat(keys.countDocuments(Filters.eq("key", "k-1"))).isEqualTo(1);
    }

    /** Concurrent upserts of one _id end with one document; a loser gets E11000 or becomes an update, never a second document. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void concurrentUpsertsOfOneIdMakeOneDocument(String store, Callable<MongoClient> client) throws Exception {
        MongoCollection<Document> counters = collection(client, "receipt_counters");

        List<Outcome> outcomes = concurrently(16, i -> counters.findOneAndUpdate(Filters.eq("_id", "LDLD-TN/2026"),
                Updates.inc("next", 1), new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)));

        assertThat(counters.countDocuments()).isEqualTo(1);
        long succeeded = outcomes.stream().filter(Outcome::succeeded).count();
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                .allSatisfy(outcome -> assertThat(outcome.duplicateKey()).as(String.valueOf(outcome.error())).isTrue());
        assertThat(counters.find().first().get("next", Number.class).longValue()).isEqualTo(succeeded);
    }

    /** findAndModify: the document after the change, a compare-and-set that loses gets nothing, an upsert inserts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void findAndModifyReturnsTheChangedDocumentAndACompareAndSetLosesCleanly(String store, Callable<MongoClient> client)
            throws Exception {
        MongoCollection<Document> reports = collection(client, "reports");
        reports.insertOne(new Document("_id", "r1").append("version", 1L).append("status", "SUBMITTED"));

        Document after = reports.findOneAndUpdate(Filters.and(Filters.eq("_id", "r1"), Filters.eq("version", 1L)),
                Updates.combine(Updates.set("status", "RETURNED"), Updates.inc("version", 1L)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        Document stale = reports.findOneAndUpdate(Filters.and(Filters.eq("_id", "r1"), Filters.eq("version", 1L)),
                Updates.set("status", "ACCEPTED"), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        Document before = reports.findOneAndUpdate(Filters.eq("_id", "r1"), Updates.set("status", "RESUBMITTED"));
        Document inserted = reports.findOneAndUpdate(Filters.eq("_id", "r2"),
                Updates.combine(Updates.setOnInsert("status", "SUBMITTED"), Updates.inc("version", 1L)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));

        assertThat(after.getString("status")).isEqualTo("RETURNED");
        assertThat(after.get("version", Number.class).longValue()).isEqualTo(2);
        assertThat(stale).isNull();
        assertThat(before.getString("status")).isEqualTo("RETURNED");
        assertThat(inserted).containsEntry("status", "SUBMITTED");
        assertThat(inserted.get("version", Number.class).longValue()).isEqualTo(1);
    }

    /** An int, a long, a double and a decimal of the same value are equal in a query, and sort by value. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void numbersOfDifferentTypesCompareByValue(String store, Callable<MongoClient> client) throws Exception {
        MongoCollection<Document> values = collection(client, "values");
        values.insertMany(List.of(new Document("_id", "int").append("n", 6),
                new Document("_id", "long").append("n", 6L),
                new Document("_id", "double").append("n", 6.0),
                new Document("_id", "decimal").append("n", new Decimal128(6)),
                new Document("_id", "small").append("n", 1.5),
                new Document("_id", "large").append("n", new Decimal128(new java.math.BigDecimal("185000000.25")))));

        assertThat(ids(values.find(Filters.eq("n", 6)))).containsExactlyInAnyOrder("int", "long", "double", "decimal");
        assertThat(ids(values.find(Filters.eq("n", new Decimal128(6))))).containsExactlyInAnyOrder("int", "long", "double",
                "decimal");
        assertThat(ids(values.find(Filters.gt("n", 100)))).containsExactly("large");
        List<String> sorted = ids(values.find().sort(Sorts.ascending("n")));
        assertThat(sorted.get(0)).isEqualTo("small");
        assertThat(sorted.get(sorted.size() - 1)).isEqualTo("large");
    }

    /** $inc keeps the wider type: an int incremented by a long is a long, by a double a double. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void incrementsWidenTheNumberType(String store, Callable<MongoClient> client) throws Exception {
        MongoCollection<Document> counters = collection(client, "counters");
        counters.insertOne(new Document("_id", "c").append("int", 1).append("double", 1));

        counters.updateOne(Filters.eq("_id", "c"), Updates.combine(Updates.inc("int", 1L), Updates.inc("double", 0.5)));

        Document counter = counters.find().first();
        assertThat(counter.get("int")).isEqualTo(2L);
        assertThat(counter.get("double")).isEqualTo(1.5);
    }

    /**
     * Sorting on a field of mixed types follows the BSON order (missing and null, numbers, strings, objects, booleans,
     * dates). The services never sort on such a field; this shows where the local store agrees.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aSortOverMixedTypesFollowsTheBsonOrder(String store, Callable<MongoClient> client) throws Exception {
        MongoCollection<Document> mixed = collection(client, "mixed");
        mixed.insertMany(List.of(new Document("_id", "date").append("v", new Date(0)),
                new Document("_id", "string").append("v", "a"),
                new Document("_id", "boolean").append("v", true),
                new Document("_id", "number").append("v", 42),
                new Document("_id", "object").append("v", new Document("x", 1)),
                new Document("_id", "null").append("v", null)));

        assertThat(ids(mixed.find().sort(Sorts.ascending("v"))))
                .containsExactly("null", "number", "string", "object", "boolean", "date");
    }

    private record Outcome(Object result, Exception error) {

        boolean succeeded() {
            return error == null;
        }

        boolean duplicateKey() {
            return error instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                    || error instanceof com.mongodb.MongoCommandException command && command.getErrorCode() == 11000;
        }
    }

    private interface Attempt {
        Object run(int i) throws Exception;
    }

    /** Runs {@code count} attempts released at the same moment. */
    private static List<Outcome> concurrently(int count, Attempt attempt) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(executor.submit(() -> {
                    start.await();
                    try {
                        return new Outcome(attempt.run(n), null);
                    } catch (Exception e) {
                        return new Outcome(null, e);
                    }
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            executor.shutdownNow();
        }
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    private static MongoCollection<Document> collection(Callable<MongoClient> client, String name) throws Exception {
        MongoCollection<Document> collection = client.call().getDatabase("behaviour").getCollection(name);
        collection.drop();
        return collection;
    }

    private static MongoClient local;
    private static MongoClient real;

    /** The store ./platform runs: mongo-java-server with the indexed H2 backend, in a file of its own. */
    private static synchronized MongoClient localStore() {
        if (local == null) {
            try {
                Path file = Files.createTempDirectory("store-behaviour").resolve("mongo.mv");
                MongoServer server = new MongoServer(new IndexedH2Backend(file.toString(), failure -> { }));
                String uri = server.bindAndGetConnectionString();
                local = MongoClients.create(uri);
                OPEN.add(local);
                OPEN.add(server::shutdownNow);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return local;
    }

    /** mongo:8 in a container (a one-member replica set, as Testcontainers starts it), where a container engine runs. */
    private static synchronized MongoClient mongo8() {
        assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                "no container engine (Docker) here: this check ran on the local store only");
        if (real == null) {
            MongoDBContainer container = new MongoDBContainer(System.getProperty("test.mongo.image", "mongo:8.0"));
            container.start();
            OPEN.add(container::stop);
            real = MongoClients.create(container.getReplicaSetUrl("behaviour"));
            OPEN.add(real);
        }
        return real;
    }
}
