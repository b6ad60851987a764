package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.web.testing.Reply;

class PlanConcurrentEditTests extends ApiTestSupport {

    @Test
    void ofTenEditsOfTheSameVersionExactlyOneWinsAndTheOthersAreRefused() throws Exception {
        String id = createDraft("LDLD-TN").json().get("id").asString();

        List<Reply> replies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ObjectNode edit = SamplePlans.draft("LDLD-TN");
                edit.put("place", "Tây Ninh " + i);
                futures.add(pool.submit(() -> put("/api/plans/" + id, edit, "If-Match", "\"1\"")));
            }
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Reply> won = replies.stream().filter(r -> r.status() == 200).toList();
        assertThat(won).hasSize(1);
        assertThat(replies.stream().filter(r -> r.status() != 200).map(Reply::status)).hasSize(9).containsOnly(412);
        Reply stored = get("/api/plans/" + id);
        assertThat(stored.header("ETag")).isEqualTo("\"2\"");
        assertThat(stored.json().get("place").asString()).isEqualTo(won.get(0).json().get("place").asString());
    }
}
