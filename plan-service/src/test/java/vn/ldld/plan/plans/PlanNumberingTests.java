package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.ldld.plan.ApiTestSupport;
import vn.ldld.web.testing.Reply;

class PlanNumberingTests extends ApiTestSupport {

    private static final int PUBLICATIONS = 50;

    @Test
    void fiftyConcurrentPublicationsOfOneIssuerGetTheNumbersOneToFifty() throws Exception {
        String issuer = "NUM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PUBLICATIONS; i++) {
            Reply created = createDraft(issuer);
            assertThat(created.status()).isEqualTo(201);
            ids.add(created.json().get("id").asString());
        }

        List<Reply> replies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PUBLICATIONS);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (String id : ids) {
                futures.add(pool.submit(() -> post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"")));
            }
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(200));
        List<Integer> sequences = replies.stream().map(r -> r.json().get("sequence").asInt()).sorted().toList();
        assertThat(sequences).containsExactlyElementsOf(IntStream.rangeClosed(1, PUBLICATIONS).boxed().toList());
        assertThat(replies.stream().map(r -> r.json().get("number").asString()))
                .doesNotHaveDuplicates()
                .allSatisfy(number -> assertThat(number).matches("([1-9]|[1-4]\\d|50)/KH-LĐLĐ"));
    }
}
