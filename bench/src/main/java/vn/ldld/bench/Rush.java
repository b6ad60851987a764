package vn.ldld.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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

    record Result(String target, int requests, double seconds, double perSecond, double p50, double p95, double p99,
                  int errors, Set<String> createdIds, int replayMismatches, Map<Integer, Integer> statuses) {
    }

    private Rush() {
    }

    static Result run(String target, HttpClient http, Endpoint endpoint, RushPlan plan, double retryShare,
                      int concurrency) throws Exception {
        int retryEvery = retryShare <= 0 ? Integer.MAX_VALUE : (int) Math.round(1 / retryShare);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Set<String> created = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
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
                    String key = "\"rush-" + plan.planId + "-" + unit + "\"";
                    String first = send(http, endpoint, body, key, latencies, statuses, errors, created);
                    if (i % retryEvery == 0) {
                        String again = send(http, endpoint, body, key, latencies, statuses, errors, created);
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
                percentile(sorted, 95), percentile(sorted, 99), errors.get(), created, mismatches.get(), statuses);
    }

    /** @return the report id of a 201 answer, else null */
    private static String send(HttpClient http, Endpoint endpoint, String body, String key, List<Long> latencies,
                               Map<Integer, Integer> statuses, AtomicInteger errors, Set<String> created) {
        HttpRequest request = endpoint.request("/api/reports")
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - start);
            statuses.merge(reply.statusCode(), 1, Integer::sum);
            if (reply.statusCode() != 201) {
                errors.incrementAndGet();
                return null;
            }
            JsonNode receipt = RushPlan.JSON.readTree(reply.body());
            String id = receipt.get("id").asString();
            created.add(id);
            return id;
        } catch (Exception e) {
            latencies.add(System.nanoTime() - start);
            statuses.merge(-1, 1, Integer::sum);
            errors.incrementAndGet();
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
