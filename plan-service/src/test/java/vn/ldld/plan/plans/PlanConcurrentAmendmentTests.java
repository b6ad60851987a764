package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.web.testing.Reply;

class PlanConcurrentAmendmentTests extends ApiTestSupport {

    @Test
    void ofTwoAmendmentsOfTheSameVersionOneWinsAndTheOtherIsRefused() throws Exception {
        String id = createDraft("LDLD-TN").json().get("id").asString();
        assertThat(post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"").status()).isEqualTo(200);
        ObjectNode extended = amendment("Gia hạn đến 28/7/2023", "2023-07-28T17:00:00Z");
        ObjectNode shortened = amendment("Rút ngắn đến 24/7/2023", "2023-07-23T17:00:00Z");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Reply> replies;
        try {
            CompletableFuture<Reply> first = CompletableFuture.supplyAsync(() -> amend(id, extended, start), pool);
            CompletableFuture<Reply> second = CompletableFuture.supplyAsync(() -> amend(id, shortened, start), pool);
            start.countDown();
            replies = List.of(first.get(), second.get());
        } finally {
            pool.shutdownNow();
        }

        assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(201, 412);
        Reply won = replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
        Reply lost = replies.stream().filter(r -> r.status() == 412).findFirst().orElseThrow();
        assertThat(lost.contentType()).startsWith("application/problem+json");
        assertThat(lost.json().get("currentVersion").asInt()).isEqualTo(3);
        Reply stored = get("/api/plans/" + id);
        assertThat(stored.json().get("publishedVersion").asInt()).isEqualTo(2);
        assertThat(stored.json().get("phases").get(0).get("reportDeadline").asString())
                .isEqualTo(won.json().get("phases").get(0).get("reportDeadline").asString());
        assertThat(get("/api/plans/" + id + "/versions").json().size()).isEqualTo(2);
    }

    private Reply amend(String id, ObjectNode body, CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return post("/api/plans/" + id + "/amendments", body, "If-Match", "\"2\"");
    }

    private static ObjectNode amendment(String reason, String deadline) {
        ObjectNode plan = SamplePlans.draft("LDLD-TN");
        ((ObjectNode) plan.get("phases").get(0)).put("reportDeadline", deadline);
        ObjectNode body = SamplePlans.JSON.createObjectNode().put("reason", reason);
        body.set("plan", plan);
        return body;
    }
}
