package vn.ldld.notification.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import vn.ldld.messaging.InstanceId;
import vn.ldld.messaging.testing.TestMongo;

/** The claim of due work against the MongoDB-wire store: several instances, restarts, leases that run out. */
class LeasedClaimsTests {

    private static final Instant NOW = Instant.parse("2023-07-12T02:30:00Z");
    private static final Duration LEASE = Duration.ofSeconds(60);

    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void store() {
        String database = "leased-claims-" + UUID.randomUUID();
        client = MongoClients.create(TestMongo.uri(database));
        mongo = new MongoTemplate(client, database);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void twoInstancesClaimingOneAtATimeClaimEachDueDocumentOnceAndLeaveWhatIsNotDue() throws Exception {
        twoInstancesHandleEachDueDocumentOnce(150, (instance, handle) -> {
            int count = 0;
            Job job;
            while ((job = instance.claim(NOW, null)) != null) {
                handle.accept(job);
                count++;
            }
            return count;
        });
    }

    @Test
    void twoInstancesClaimingInGroupsClaimEachDueDocumentOnce() throws Exception {
        twoInstancesHandleEachDueDocumentOnce(230, (instance, handle) -> instance.claimDueTogether(NOW, 1_000,
                group -> {
                    assertThat(group.claims()).hasSizeLessThanOrEqualTo(LeasedClaims.CLAIM_TOGETHER);
                    group.claims().forEach(handle);
                    return group.claims().size();
                }));
    }

    /** A pass of one instance, handing each claim to {@code handle}; returns how many it claimed. */
    private interface Pass {
        int run(LeasedClaims<Job> instance, Consumer<Job> handle);
    }

    /**
     * Runs a pass of two instances at once over {@code due} due documents and ten not due yet: each due one is
     * handled once, by the instance that claimed it, and the others are left.
     */
    private void twoInstancesHandleEachDueDocumentOnce(int due, Pass pass) throws Exception {
        IntStream.range(0, due).forEach(i -> insert("due-" + i, NOW.minusSeconds(i)));
        IntStream.range(0, 10).forEach(i -> insert("later-" + i, NOW.plusSeconds(1 + i)));
        LeasedClaims<Job> first = claims("instance-a");
        LeasedClaims<Job> second = first.as("instance-b");
        Queue<String> handled = new ConcurrentLinkedQueue<>();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        int total = 0;
        try {
            List<Callable<Integer>> passes = new ArrayList<>();
            for (LeasedClaims<Job> instance : List.of(first, second)) {
                passes.add(() -> pass.run(instance, job -> {
                    handled.add(job.id());
                    assertThat(job.owner()).isEqualTo(instance.owner());
                    assertThat(job.status()).isEqualTo(JobStatus.CLAIMED);
                    assertThat(instance.release(job.id(), new Update().set("status", JobStatus.DONE)
                            .unset("leaseUntil"))).isTrue();
                }));
            }
            for (Future<Integer> result : pool.invokeAll(passes)) {
                total += result.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(total).isEqualTo(due);
        assertThat(handled).hasSize(due).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, due).mapToObj(i -> "due-" + i).toList());
        assertThat(mongo.findAll(Job.class)).filteredOn(job -> job.id().startsWith("later-"))
                .extracting(Job::status).containsOnly(JobStatus.PENDING);
    }

    @Test
    void aClaimOfAnInstanceThatRestartedIsTakenOverOnlyOnceItsLeaseHasRunOut() {
        insert("job-1", NOW.minusSeconds(5));
        insert("job-2", NOW.minusSeconds(1));
        LeasedClaims<Job> beforeRestart = claims(InstanceId.of("node-1").run());
        assertThat(beforeRestart.claim(NOW, null).id()).isEqualTo("job-1");

        // the same instance, restarted mid-claim: a new run, which does not take its former run's claim as its own
        LeasedClaims<Job> afterRestart = claims(InstanceId.of("node-1").run());
        assertThat(afterRestart.owner()).isNotEqualTo(beforeRestart.owner());
        List<String> handled = new ArrayList<>();
        assertThat(afterRestart.claimDueTogether(NOW.plusSeconds(30), 10, group -> {
            group.claims().forEach(job -> {
                handled.add(job.id());
                afterRestart.release(job.id(), new Update().set("status", JobStatus.DONE));
            });
            return group.claims().size();
        })).isEqualTo(1);
        assertThat(handled).containsExactly("job-2");
        assertThat(afterRestart.release("job-1", new Update().set("status", JobStatus.DONE))).isFalse();

        Instant leaseOver = NOW.plus(LEASE).plusSeconds(1);
        Job takenOver = afterRestart.claim(leaseOver, null);
        assertThat(takenOver.id()).isEqualTo("job-1");
        assertThat(takenOver.owner()).isEqualTo(afterRestart.owner());
        assertThat(takenOver.leaseUntil()).isEqualTo(leaseOver.plus(LEASE));
        assertThat(beforeRestart.release("job-1", new Update().set("status", JobStatus.DONE)))
                .as("the former holder lost its claim").isFalse();
        assertThat(afterRestart.release("job-1", new Update().set("status", JobStatus.DONE))).isTrue();
        assertThat(afterRestart.claim(leaseOver.plus(LEASE).plus(LEASE), null)).as("done, nothing is due").isNull();
    }

    @Test
    void furtherDueDocumentsAreClaimedAlongEarliestFirstAndReleasedTogetherWhileStillHeld() {
        IntStream.range(0, 6).forEach(i -> insert("a-" + i, NOW.minusSeconds(10 + i), "a"));
        insert("a-later", NOW.plusSeconds(5), "a");
        IntStream.range(0, 3).forEach(i -> insert("b-" + i, NOW.minusSeconds(1 + i), "b"));
        LeasedClaims<Job> other = claims("instance-b");
        assertThat(other.claim(NOW, Criteria.where("_id").is("a-0")).id()).as("a live claim").isEqualTo("a-0");
        LeasedClaims<Job> claims = claims("instance-a");
        Criteria groupA = Criteria.where("group").is("a");

        assertThat(claims.claimDueAlso(NOW, groupA, 3)).extracting(Job::id).containsExactly("a-5", "a-4", "a-3");
        assertThat(claims.claimDueAlso(NOW, groupA, 10)).extracting(Job::id).containsExactly("a-2", "a-1");
        assertThat(claims.claimDueAlso(NOW, groupA, 10)).as("the rest is claimed or not due").isEmpty();

        assertThat(claims.releaseAll(List.of("a-5", "a-4", "a-0"), new Update().set("status", JobStatus.DONE)))
                .as("only those this instance holds").isEqualTo(2);
        assertThat(mongo.findById("a-0", Job.class).status()).isEqualTo(JobStatus.CLAIMED);
        assertThat(mongo.findById("a-5", Job.class).status()).isEqualTo(JobStatus.DONE);
        assertThat(mongo.count(Query.query(Criteria.where("group").is("b").and("status").is(JobStatus.PENDING)),
                Job.class)).isEqualTo(3);
    }

    @Test
    void aGroupCanTakeFurtherDueDocumentsAlongAndTheyCountInThePass() {
        IntStream.range(0, 6).forEach(i -> insert("a-" + i, NOW.minusSeconds(10 + i), "a"));
        IntStream.range(0, 3).forEach(i -> insert("b-" + i, NOW.minusSeconds(1 + i), "b"));
        LeasedClaims<Job> claims = claims("instance-a");
        List<List<String>> groups = new ArrayList<>();

        int count = claims.claimDueTogether(NOW, 4, group -> {
            assertThat(group.complete()).as("four asked for, four found: more may be due").isFalse();
            List<String> ids = new ArrayList<>(group.claims().stream().map(Job::id).toList());
            claims.claimDueAlso(NOW, Criteria.where("group").in(group.claims().stream().map(Job::group).toList())
                    .and("_id").nin(ids), LeasedClaims.CLAIM_TOGETHER).forEach(job -> ids.add(job.id()));
            groups.add(ids);
            return ids.size();
        });

        assertThat(count).isEqualTo(6);
        assertThat(groups).containsExactly(List.of("a-5", "a-4", "a-3", "a-2", "a-1", "a-0"));
        assertThat(mongo.count(Query.query(Criteria.where("status").is(JobStatus.PENDING)), Job.class))
                .as("b, left for the next pass").isEqualTo(3);
    }

    @Test
    void aGroupTakesTheEarliestDueFirstLeavesAnotherInstancesLiveClaimAndTakesOverOneWhoseLeaseRanOut() {
        IntStream.range(0, 75).forEach(i -> insert("job-%02d".formatted(i), NOW.minusSeconds(100 - i)));
        LeasedClaims<Job> other = claims("instance-b");
        assertThat(other.claim(NOW.minus(LEASE).minusSeconds(1), Criteria.where("_id").is("job-00")).id())
                .as("a claim whose lease has run out by now").isEqualTo("job-00");
        assertThat(other.claim(NOW, Criteria.where("_id").is("job-01")).id()).as("a live claim").isEqualTo("job-01");
        LeasedClaims<Job> claims = claims("instance-a");
        List<List<String>> groups = new ArrayList<>();

        List<Boolean> complete = new ArrayList<>();
        int count = claims.claimDueTogether(NOW, 60, group -> {
            groups.add(group.claims().stream().map(Job::id).toList());
            complete.add(group.complete());
            return group.claims().size();
        });

        assertThat(count).isEqualTo(60);
        assertThat(groups).extracting(List::size).containsExactly(LeasedClaims.CLAIM_TOGETHER, 10);
        assertThat(complete).as("each found as many as it asked for").containsExactly(false, false);
        List<String> expected = new ArrayList<>(List.of("job-00"));
        IntStream.range(2, 61).mapToObj("job-%02d"::formatted).forEach(expected::add);
        assertThat(groups.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(expected);
        assertThat(mongo.findById("job-01", Job.class).owner()).isEqualTo("instance-b");
        assertThat(mongo.findById("job-00", Job.class).leaseUntil()).isEqualTo(NOW.plus(LEASE));
        assertThat(other.release("job-00", new Update().set("status", JobStatus.DONE)))
                .as("the former holder lost its claim").isFalse();
        assertThat(mongo.count(Query.query(Criteria.where("status").is(JobStatus.PENDING)), Job.class))
                .as("left for the next pass").isEqualTo(14);
    }

    private LeasedClaims<Job> claims(String owner) {
        return new LeasedClaims<>(mongo, Job.class, "dueAt", JobStatus.PENDING, JobStatus.CLAIMED, LEASE, owner);
    }

    private void insert(String id, Instant dueAt) {
        insert(id, dueAt, null);
    }

    private void insert(String id, Instant dueAt, String group) {
        mongo.insert(new Job(id, group, JobStatus.PENDING, dueAt, null, null));
    }

    enum JobStatus { PENDING, CLAIMED, DONE }

    @Document("jobs")
    record Job(@Id String id, String group, JobStatus status, Instant dueAt, String owner, Instant leaseUntil) {
    }
}
