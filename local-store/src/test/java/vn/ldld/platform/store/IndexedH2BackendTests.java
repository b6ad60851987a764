package vn.ldld.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The local store answers through the wire protocol exactly as before, and the queries the services send on their
 * hot paths (compare-and-set on {@code _id} and a version, lookups on an indexed field, the relay's pending-events
 * scan) no longer read the whole collection.
 */
class IndexedH2BackendTests {

    @TempDir
    Path data;

    private IndexedH2Backend backend;
    private MongoServer server;
    private MongoClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.shutdownNow();
        }
    }

    @Test
    void aCompareAndSetOnIdAndVersionIsAnsweredFromTheIdIndex() {
        MongoCollection<Document> reports = open().getCollection("reports");
        for (int i = 0; i < 50; i++) {
            reports.insertOne(new Document("_id", "r" + i).append("version", 1L).append("unit", "U" + i));
        }
        long before = fullScans("reports");

        assertThat(reports.updateOne(Filters.and(Filters.eq("_id", "r7"), Filters.eq("version", 1L)),
                Updates.combine(Updates.set("version", 2L), Updates.set("unit", "Liên đoàn"))).getMatchedCount())
                .isEqualTo(1);
        assertThat(reports.updateOne(Filters.and(Filters.eq("_id", "r7"), Filters.eq("version", 1L)),
                Updates.set("version", 3L)).getMatchedCount()).as("stale version").isZero();
        assertThat(reports.find(Filters.and(Filters.eq("_id", "r7"), Filters.eq("version", 2L))).first())
                .containsEntry("unit", "Liên đoàn");
        assertThat(reports.find(Filters.and(Filters.in("_id", "r1", "r2", "r3"), Filters.eq("unit", "U2")))
                .into(new ArrayList<>())).extracting(d -> d.get("_id")).containsExactly("r2");

        assertThat(fullScans("reports")).isEqualTo(before);
    }

    @Test
    void aSecondaryIndexNarrowsEqualityAndInAndFollowsUpdatesAndDeletes() {
        MongoCollection<Document> notifications = open().getCollection("notifications");
        notifications.createIndex(Indexes.ascending("status", "dueAt"));
        for (int i = 0; i < 60; i++) {
            notifications.insertOne(new Document("_id", "n" + i).append("status", i % 3 == 0 ? "PENDING" : "SENT")
                    .append("dueAt", new Date(1_000_000L + i)).append("n", i));
        }
        long before = fullScans("notifications");

        assertThat(ids(notifications.find(Filters.eq("status", "PENDING")).sort(Sorts.descending("dueAt")).limit(3)))
                .containsExactly("n57", "n54", "n51");
        notifications.updateOne(Filters.eq("_id", "n57"), Updates.set("status", "CLAIMED"));
        notifications.deleteOne(Filters.eq("_id", "n54"));
        notifications.insertOne(new Document("_id", "late").append("status", "PENDING").append("dueAt", new Date(5_000_000L)));
        assertThat(ids(notifications.find(Filters.and(Filters.eq("status", "PENDING"),
                Filters.lte("dueAt", new Date(1_000_060L)))).sort(Sorts.descending("dueAt")).limit(2)))
                .containsExactly("n51", "n48");
        assertThat(ids(notifications.find(Filters.in("status", "CLAIMED", "GONE")))).containsExactly("n57");
        assertThat(ids(notifications.find(Filters.eq("status", "PENDING")))).hasSize(20 - 2 + 1);
        assertThat(notifications.updateMany(Filters.eq("status", "PENDING"), Updates.set("status", "CANCELLED"))
                .getModifiedCount()).isEqualTo(19);
        assertThat(ids(notifications.find(Filters.eq("status", "PENDING")))).isEmpty();
        assertThat(ids(notifications.find(Filters.eq("status", "CANCELLED")))).hasSize(19);

        assertThat(fullScans("notifications")).isEqualTo(before);
    }

    @Test
    void anUpdateThatLeavesTheIndexedFieldsAsTheyWereIsStillFoundByThemAndAMovedOneOnlyByItsNewValues() {
        MongoCollection<Document> deliveries = open().getCollection("deliveries");
        deliveries.createIndex(Indexes.ascending("status", "nextAttemptAt"));
        deliveries.createIndex(Indexes.ascending("unitCode"));
        for (int i = 0; i < 40; i++) {
            deliveries.insertOne(new Document("_id", "d" + i).append("status", "PENDING")
                    .append("nextAttemptAt", new Date(1_000_000L + i)).append("unitCode", "U" + i % 4)
                    .append("attempts", 0));
        }
        long before = fullScans("deliveries");

        // neither index's fields change: both still name the document, which reads as updated
        deliveries.updateOne(Filters.eq("_id", "d5"), Updates.combine(Updates.inc("attempts", 1),
                Updates.set("lastError", "MAIL_NOT_SENT")));
        assertThat(deliveries.find(Filters.and(Filters.eq("status", "PENDING"), Filters.eq("unitCode", "U1"),
                Filters.eq("attempts", 1))).into(new ArrayList<>())).extracting(d -> d.get("_id"))
                .containsExactly("d5");
        // one index's fields change, the other's do not
        deliveries.updateOne(Filters.eq("_id", "d5"), Updates.set("status", "SENT"));
        assertThat(ids(deliveries.find(Filters.eq("status", "SENT")))).containsExactly("d5");
        assertThat(ids(deliveries.find(Filters.eq("status", "PENDING")))).hasSize(39).doesNotContain("d5");
        assertThat(ids(deliveries.find(Filters.eq("unitCode", "U1")))).hasSize(10).contains("d5");
        // the same value of another type is indexed again, and found by either
        deliveries.updateOne(Filters.eq("_id", "d6"), Updates.set("unitCode", 7));
        deliveries.updateOne(Filters.eq("_id", "d6"), Updates.set("unitCode", 7L));
        assertThat(ids(deliveries.find(Filters.eq("unitCode", 7)))).containsExactly("d6");
        assertThat(ids(deliveries.find(Filters.eq("unitCode", "U2")))).hasSize(9);

        assertThat(fullScans("deliveries")).isEqualTo(before);
    }

    @Test
    void collStatsGivesTheSizeOfTheDocumentsAsTheyAreAfterWritesAndWhenTheStoreOpensAgain() {
        com.mongodb.client.MongoDatabase database = open();
        MongoCollection<Document> reports = database.getCollection("reports");
        for (int i = 0; i < 5; i++) {
            reports.insertOne(new Document("_id", "r" + i).append("unit", "Công đoàn " + i).append("count", i));
        }
        reports.updateOne(Filters.eq("_id", "r1"), Updates.set("note", "x".repeat(500)));
        reports.deleteOne(Filters.eq("_id", "r3"));
        int expected = bsonSize(reports.find().into(new ArrayList<>()));
        assertThat(expected).isGreaterThan(500);

        assertThat(database.runCommand(new Document("collStats", "reports")).getInteger("size")).isEqualTo(expected);
        close();
        assertThat(open().runCommand(new Document("collStats", "reports")).getInteger("size")).isEqualTo(expected);
    }

    private static int bsonSize(List<Document> documents) {
        return documents.stream().mapToInt(document -> new RawBsonDocument(document, new DocumentCodec())
                .getByteBuffer().remaining()).sum();
    }

    @Test
    void aCompoundIndexNarrowsAnEqualityPrefixAndARangeInEachBranchOfAnOr() {
        MongoCollection<Document> notifications = open().getCollection("notifications");
        notifications.createIndex(Indexes.ascending("status", "dueAt"));
        notifications.createIndex(Indexes.ascending("status", "leaseUntil"));
        for (int i = 0; i < 200; i++) {
            Document notification = new Document("_id", "n" + i).append("dueAt", new Date(10_000L + i));
            if (i < 150) {
                notification.append("status", "PENDING");
            } else if (i < 160) {
                notification.append("status", "CLAIMED").append("leaseUntil", new Date(i % 2 == 0 ? 1_000L : 90_000L));
            } else {
                notification.append("status", "SENT");
            }
            notifications.insertOne(notification);
        }
        long before = fullScans("notifications");

        // the dispatcher's claim: due pending ones, or claimed ones whose lease ran out, oldest first
        var due = Filters.or(Filters.and(Filters.eq("status", "PENDING"), Filters.lte("dueAt", new Date(10_004L))),
                Filters.and(Filters.eq("status", "CLAIMED"), Filters.lt("leaseUntil", new Date(5_000L))));
        assertThat(ids(notifications.find(due).sort(Sorts.ascending("dueAt", "_id"))))
                .containsExactly("n0", "n1", "n2", "n3", "n4", "n150", "n152", "n154", "n156", "n158");
        assertThat(notifications.findOneAndUpdate(due, Updates.set("status", "CLAIMED"),
                new FindOneAndUpdateOptions().sort(Sorts.descending("dueAt", "_id")))).containsEntry("_id", "n158");
        assertThat(notifications.findOneAndUpdate(due, Updates.set("status", "CLAIMED"),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("dueAt", "_id")))).containsEntry("_id", "n0");
        assertThat(ids(notifications.find(Filters.and(Filters.in("status", "CLAIMED", "SENT"),
                Filters.gt("dueAt", new Date(10_195L)))))).containsExactlyInAnyOrder("n196", "n197", "n198", "n199");
        assertThat(ids(notifications.find(Filters.and(Filters.eq("status", "CLAIMED"), Filters.eq("leaseUntil", null)))))
                .containsExactly("n0");

        assertThat(fullScans("notifications")).isEqualTo(before);
    }

    @Test
    void theFirstInASortTheIndexGivesAreTheSameAsFromReadingEverything() {
        com.mongodb.client.MongoDatabase database = open();
        MongoCollection<Document> indexed = database.getCollection("notifications");
        MongoCollection<Document> plain = database.getCollection("notifications_unindexed");
        indexed.createIndex(Indexes.ascending("status", "dueAt"));
        indexed.createIndex(Indexes.ascending("status", "leaseUntil"));
        List<Document> all = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            // many share a due time, so ties are settled by _id as the sort asks
            Document notification = new Document("_id", "n" + i).append("dueAt", new Date(10_000L + i / 7))
                    .append("unit", "U" + (i % 13));
            if (i % 10 == 3) {
                notification.append("status", "CLAIMED").append("leaseUntil", new Date(i % 20 == 3 ? 1_000L : 90_000L));
            } else if (i % 10 == 7) {
                notification.append("status", "SENT");
            } else {
                notification.append("status", "PENDING");
            }
            all.add(notification);
        }
        indexed.insertMany(all);
        plain.insertMany(all.stream().map(Document::new).toList());
        long before = fullScans("notifications");

        var due = Filters.or(Filters.and(Filters.eq("status", "PENDING"), Filters.lte("dueAt", new Date(10_300L))),
                Filters.and(Filters.eq("status", "CLAIMED"), Filters.lt("leaseUntil", new Date(5_000L))));
        var pendingOfUnit = Filters.and(Filters.eq("status", "PENDING"), Filters.eq("unit", "U5"));
        for (var query : List.of(due, pendingOfUnit, Filters.eq("status", "SENT"))) {
            for (var sort : List.of(Sorts.ascending("dueAt", "_id"), Sorts.descending("dueAt", "_id"),
                    Sorts.ascending("dueAt"))) {
                for (int limit : List.of(1, 20, 500)) {
                    List<Object> expected = ids(plain.find(query).sort(sort).limit(limit));
                    assertThat(ids(indexed.find(query).sort(sort).limit(limit)))
                            .as("%s sorted by %s, first %d", query, sort, limit).hasSize(expected.size());
                    if (!sort.toBsonDocument().equals(Sorts.ascending("dueAt").toBsonDocument())) {
                        assertThat(ids(indexed.find(query).sort(sort).limit(limit))).containsExactlyElementsOf(expected);
                    }
                }
            }
        }
        long walks = collection("notifications").walksInIndexOrder();
        assertThat(ids(indexed.find(due).sort(Sorts.ascending("dueAt", "_id")).limit(3))).containsExactly("n0", "n1", "n2");
        assertThat(collection("notifications").walksInIndexOrder()).as("read in the index's order").isEqualTo(walks + 1);
        assertThat(fullScans("notifications")).isEqualTo(before);
    }

    @Test
    void findsPendingEventsInsideArraysWithoutReadingEveryDocument() {
        MongoCollection<Document> plans = open().getCollection("plans");
        plans.createIndex(Indexes.ascending("pendingEvents.id"), new IndexOptions().sparse(true));
        for (int i = 0; i < 40; i++) {
            plans.insertOne(new Document("_id", "p" + i).append("pendingEvents", i % 10 == 0
                    ? List.of(new Document("id", "e" + i + "a"), new Document("id", "e" + i + "b"))
                    : List.of()));
        }
        long before = fullScans("plans");

        assertThat(ids(plans.find(Filters.exists("pendingEvents.id")))).containsExactlyInAnyOrder("p0", "p10", "p20", "p30");
        assertThat(ids(plans.find(Filters.eq("pendingEvents.id", "e20b")))).containsExactly("p20");
        plans.updateOne(Filters.eq("_id", "p10"), Updates.pull("pendingEvents", Filters.in("id", List.of("e10a", "e10b"))));
        plans.updateOne(Filters.eq("_id", "p5"), Updates.push("pendingEvents", new Document("id", "e5a")));
        assertThat(ids(plans.find(Filters.exists("pendingEvents.id")))).containsExactlyInAnyOrder("p0", "p5", "p20", "p30");
        SecondaryIndex pending = (SecondaryIndex) collection("plans").getIndexes().stream()
                .filter(SecondaryIndex.class::isInstance).findFirst().orElseThrow();
        assertThat(pending.candidates(Map.of("pendingEvents.id",
                List.of(new de.bwaldvogel.mongo.bson.Document("$exists", true)))))
                .as("documents whose events were all published are not read again")
                .containsExactlyInAnyOrder("p0", "p5", "p20", "p30");

        assertThat(fullScans("plans")).isEqualTo(before);
    }

    @Test
    void aPrefixOfACompoundUniqueIndexNarrowsTooAndTheIndexStillRefusesDuplicates() {
        MongoCollection<Document> reports = open().getCollection("reports");
        reports.createIndex(Indexes.ascending("planId", "phaseNumber", "unit.code"), new IndexOptions().unique(true));
        for (int i = 0; i < 60; i++) {
            reports.insertOne(new Document("_id", "r" + i).append("planId", "p" + i % 3).append("phaseNumber", 1)
                    .append("unit", new Document("code", "U" + i))
                    .append("status", i % 2 == 0 ? "SUBMITTED" : "ACCEPTED"));
        }
        long before = fullScans("reports");

        assertThat(ids(reports.find(Filters.eq("planId", "p1")))).hasSize(20);
        assertThat(ids(reports.find(Filters.and(Filters.eq("planId", "p1"), Filters.eq("phaseNumber", 1),
                Filters.eq("status", "ACCEPTED"))))).hasSize(10)
                .allMatch(id -> Integer.parseInt(((String) id).substring(1)) % 2 == 1);
        reports.deleteOne(Filters.eq("_id", "r1"));
        reports.updateOne(Filters.eq("_id", "r3"), Updates.set("planId", "p1"));
        assertThat(ids(reports.find(Filters.eq("planId", "p1")))).hasSize(20).contains("r3").doesNotContain("r1");
        assertThatThrownBy(() -> reports.insertOne(new Document("_id", "dup").append("planId", "p1")
                .append("phaseNumber", 1).append("unit", new Document("code", "U7"))))
                .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));

        assertThat(fullScans("reports")).isEqualTo(before);
    }

    @Test
    void numbersOfEveryWidthMeetInTheIndexAndNullStillMatchesAMissingField() {
        MongoCollection<Document> facts = open().getCollection("facts");
        facts.createIndex(Indexes.ascending("phase"));
        facts.insertOne(new Document("_id", "a").append("phase", 1));
        facts.insertOne(new Document("_id", "b").append("phase", 2L));
        facts.insertOne(new Document("_id", "c"));

        assertThat(ids(facts.find(Filters.eq("phase", 1L)))).containsExactly("a");
        assertThat(ids(facts.find(Filters.eq("phase", 2.0)))).containsExactly("b");
        assertThat(ids(facts.find(Filters.eq("phase", null)))).containsExactly("c");
        assertThat(ids(facts.find(Filters.gte("phase", 1)))).containsExactlyInAnyOrder("a", "b");
        assertThat(ids(facts.find(Filters.lt("phase", 2)))).containsExactly("a");
        assertThat(ids(facts.find(Filters.gt("phase", "1")))).as("strings are not numbers").isEmpty();
        assertThat(fullScans("facts")).isZero();
    }

    @Test
    void rebuildsItsIndexesWhenTheStoreOpensAgain() {
        MongoCollection<Document> units = open().getCollection("units");
        units.createIndex(Indexes.ascending("parent"));
        units.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        for (int i = 0; i < 30; i++) {
            units.insertOne(new Document("_id", "u" + i).append("parent", "d" + i % 3).append("code", "C" + i));
        }
        close();

        MongoCollection<Document> reopened = open().getCollection("units");
        assertThatThrownBy(() -> reopened.insertOne(new Document("_id", "u99").append("code", "C7")))
                .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
        assertThatThrownBy(() -> reopened.insertOne(new Document("_id", "u7")))
                .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
        assertThat(ids(reopened.find(Filters.eq("code", "C7")))).containsExactly("u7");
        long before = fullScans("units");
        assertThat(ids(reopened.find(Filters.eq("parent", "d1")))).hasSize(10);
        assertThat(fullScans("units")).isEqualTo(before);
        assertThat(reopened.listIndexes().into(new ArrayList<>())).extracting(d -> d.getString("name"))
                .contains("parent_1");
    }

    @Test
    void documentsSharingAValueOrHoldingSeveralInArraysLeaveTheIndexExactlyWhenTheyGo() {
        MongoCollection<Document> events = open().getCollection("events");
        events.createIndex(Indexes.ascending("unit", "tags"));
        events.insertOne(new Document("_id", "a").append("unit", "TB").append("tags", List.of("x", "y", "x")));
        events.insertOne(new Document("_id", "b").append("unit", "TB").append("tags", List.of("y")));
        events.insertOne(new Document("_id", "c").append("unit", "TB").append("tags", "z"));
        events.insertOne(new Document("_id", "d").append("unit", "HT"));
        long before = fullScans("events");

        assertThat(ids(events.find(Filters.and(Filters.eq("unit", "TB"), Filters.eq("tags", "y")))))
                .containsExactlyInAnyOrder("a", "b");
        assertThat(ids(events.find(Filters.and(Filters.eq("unit", "TB"), Filters.eq("tags", "x"))))).containsExactly("a");
        events.deleteOne(Filters.eq("_id", "a"));
        assertThat(ids(events.find(Filters.and(Filters.eq("unit", "TB"), Filters.eq("tags", "y"))))).containsExactly("b");
        assertThat(ids(events.find(Filters.and(Filters.eq("unit", "TB"), Filters.eq("tags", "x"))))).isEmpty();
        events.updateOne(Filters.eq("_id", "b"), Updates.set("tags", List.of("z", "w")));
        assertThat(ids(events.find(Filters.and(Filters.eq("unit", "TB"), Filters.eq("tags", "z")))))
                .containsExactlyInAnyOrder("b", "c");
        assertThat(ids(events.find(Filters.and(Filters.eq("unit", "TB"), Filters.eq("tags", "y"))))).isEmpty();
        events.deleteMany(Filters.eq("unit", "TB"));
        assertThat(ids(events.find(Filters.eq("unit", "TB")))).isEmpty();
        assertThat(ids(events.find(Filters.in("unit", "TB", "HT")))).containsExactly("d");
        assertThat(fullScans("events")).isEqualTo(before);

        // a full index does not keep which documents have the field: $exists reads the collection, answered right
        assertThat(ids(events.find(Filters.exists("unit")))).containsExactly("d");
        assertThat(fullScans("events")).isEqualTo(before + 1);
    }

    @Test
    void theClosestIndexNarrowsAQueryAndAWiderOneIsNotWalkedToTheEnd() {
        MongoCollection<Document> notifications = open().getCollection("notifications");
        notifications.createIndex(Indexes.ascending("status", "dueAt"));
        notifications.createIndex(Indexes.ascending("plan", "unit"));
        List<Document> pending = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            pending.add(new Document("_id", "n" + i).append("status", "PENDING").append("plan", "KH-1")
                    .append("unit", "U" + (i % 1000)).append("dueAt", new Date(1_000L * i)));
        }
        notifications.insertMany(pending);
        long before = collection("notifications").candidatesNamed();

        // a unit's pending reminders, as a report cancels them: the plan and unit name 3 documents, the status 3,000
        assertThat(ids(notifications.find(Filters.and(Filters.eq("plan", "KH-1"), Filters.eq("unit", "U7"),
                Filters.eq("status", "PENDING"))))).containsExactlyInAnyOrder("n7", "n1007", "n2007");
        assertThat(collection("notifications").candidatesNamed() - before).as("named by both indexes")
                .isLessThanOrEqualTo(6);
        assertThat(ids(notifications.find(Filters.and(Filters.eq("status", "PENDING"),
                Filters.lt("dueAt", new Date(3_000L)))))).containsExactlyInAnyOrder("n0", "n1", "n2");
        assertThat(fullScans("notifications")).isZero();
    }

    @Test
    void aUnitsDueEMailIsClaimedWithoutNamingEveryDueDelivery() {
        claimsAUnitsDueEMailNamingFew(false);
    }

    @Test
    void aClaimDoesNotNameTheDocumentsThatShareOneValueOfAWiderIndex() {
        // pending e-mails have no lease: all of them share one entry (PENDING, null) of status_leaseUntil
        claimsAUnitsDueEMailNamingFew(true);
    }

    /** The e-mail worker's batching claim among 3,000 due e-mails: another one of the same unit, earliest first. */
    private void claimsAUnitsDueEMailNamingFew(boolean leaseIndex) {
        MongoCollection<Document> deliveries = open().getCollection("deliveries");
        deliveries.createIndex(Indexes.ascending("status", "nextAttemptAt"));
        if (leaseIndex) {
            deliveries.createIndex(Indexes.ascending("status", "leaseUntil"));
        }
        deliveries.createIndex(Indexes.ascending("unitCode", "channel"));
        List<Document> due = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            due.add(new Document("_id", "d" + i).append("status", "PENDING").append("channel", "EMAIL")
                    .append("unitCode", i >= 2990 ? "LATE" : "U" + i).append("nextAttemptAt", new Date(1_000L + i)));
        }
        deliveries.insertMany(due);
        long before = collection("deliveries").candidatesNamed();

        var claim = Filters.and(Filters.or(
                        Filters.and(Filters.eq("status", "PENDING"), Filters.lte("nextAttemptAt", new Date(10_000L))),
                        Filters.and(Filters.eq("status", "SENDING"), Filters.lt("leaseUntil", new Date(10_000L)))),
                Filters.eq("unitCode", "LATE"), Filters.eq("channel", "EMAIL"));
        assertThat(deliveries.findOneAndUpdate(claim, Updates.set("status", "SENDING"),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt", "_id")))).containsEntry("_id", "d2990");
        assertThat(collection("deliveries").candidatesNamed() - before).as("named by the indexes").isLessThan(100);
        assertThat(fullScans("deliveries")).isZero();
    }

    @Test
    void aQueryNoIndexCoversIsStillAnsweredByReadingTheCollection() {
        MongoCollection<Document> reports = open().getCollection("reports");
        reports.insertOne(new Document("_id", "x").append("late", true));
        reports.insertOne(new Document("_id", "y").append("late", false));
        long before = fullScans("reports");

        assertThat(ids(reports.find(Filters.eq("late", true)))).containsExactly("x");
        assertThat(fullScans("reports")).isEqualTo(before + 1);
    }

    private com.mongodb.client.MongoDatabase open() {
        backend = new IndexedH2Backend(data.resolve("mongo.mv").toString(), failure -> { });
        server = new MongoServer(backend);
        client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort());
        return client.getDatabase("ldld");
    }

    private long fullScans(String collection) {
        return collection(collection).fullScans();
    }

    private IndexedH2Collection collection(String name) {
        return (IndexedH2Collection) backend.resolveDatabase("ldld").resolveCollection(name, true);
    }

    private static List<Object> ids(Iterable<Document> documents) {
        List<Object> ids = new ArrayList<>();
        documents.forEach(d -> ids.add(d.get("_id")));
        return ids;
    }
}
