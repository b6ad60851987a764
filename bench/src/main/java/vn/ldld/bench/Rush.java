package vn.ldld.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * One deadline rush: every unit of the plan submits once, {@code concurrency} requests in flight; a share of the
 * units sends the same submission again with the same Idempotency-Key right after its answer, as a client that
 * lost the answer would.
 */
final class Rush {

    /**
     * @param errors requests answered with another status than 201, or not answered
     * @param answers every answer by status, and the requests that got none
     */
    record Result(String target, int requests, double seconds, double perSecond, double p50, double p95, double p99,
                  int errors, Set<String> createdIds, int replayMismatches, Answers answers, boolean checked) {

        /** @return this result, with whether 201 answers = stored reports = events held */
        Result withCheck(boolean ok) {
            return new Result(target, requests, seconds, perSecond, p50, p95, p99, errors, createdIds,
                    replayMismatches, answers, ok);
        }
    }

    private Rush() {
    }

    static Result run(String target, HttpClient http, Endpoint endpoint, RushPlan plan, double retryShare,
                      int concurrency) throws Exception {
        int retryEvery = retryShare <= 0 ? Integer.MAX_VALUE : (int) Math.round(1 / retryShare);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Set<String> created = ConcurrentHashMap.newKeySet();
        Answers answers = new Answers();
        AtomicInteger mismatches = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < plan.units.size()) {
                    String unit = plan.units.get(i);
                    String body = plan.report(unit);
                    String key = "\"rush-" + plan.planId() + "-" + unit + "\"";
                    String first = send(http, endpoint, body, key, latencies, answers, created);
                    if (i % retryEvery == 0) {
                        String again = send(http, endpoint, body, key, latencies, answers, created);
                        if (first != null && !first.equals(again)) {
                            mismatches.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(target, sorted.size(), seconds, sorted.size() / seconds, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), answers.otherThan(201), created, mismatches.get(),
                answers, false);
    }

    /** @return the report id of a 201 answer, else null */
    private static String send(HttpClient http, Endpoint endpoint, String body, String key, List<Long> latencies,
                               Answers answers, Set<String> created) throws InterruptedException {
        long start = System.nanoTime();
        try {
            HttpRequest request = endpoint.request("/api/reports")
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - start);
            answers.status(reply.statusCode());
            if (reply.statusCode() != 201) {
                return null;
            }
            JsonNode id = RushPlan.JSON.readTree(reply.body()).path("id");
            if (id.isMissingNode() || id.isNull()) {
                return null;
            }
            created.add(id.asString());
            return id.asString();
        } catch (IOException | RuntimeException e) {
            // no answer (connection, timeout), a token the identity service would not give, an unreadable body
            latencies.add(System.nanoTime() - start);
            answers.noAnswer(e instanceof IOException io ? io : new IOException(e));
            return null;
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
