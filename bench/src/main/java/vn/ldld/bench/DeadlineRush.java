package vn.ldld.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Replays a deadline rush against the running local platform: for each scenario a plan with N must-report units
 * is published, each unit submits once (a share retries with the same Idempotency-Key), and the run prints reports
 * per second, latency percentiles and the answers by status; then it checks that 201 answers = stored reports =
 * distinct ReportSubmitted events on Kafka. The same run first measures the store's own single-document insert
 * ceiling. Whatever fails (a process down, a refused request) is reported in the scenario's line, not thrown.
 */
public final class DeadlineRush {

    private DeadlineRush() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Flags.parseOrExit(args, Options::parse, Options.usage());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("deadline rush: %d units per plan, %.0f%% retried with the same Idempotency-Key, "
                        + "%d in flight, %d processors here%n", options.units(), options.retryShare() * 100,
                options.concurrency(), Runtime.getRuntime().availableProcessors());

        StaffToken token = options.login().token();
        if (!options.scenarios().isEmpty()) {
            try {
                token.get();
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                System.exit(2);
                return;
            }
        }

        double ceiling = Double.NaN;
        if (options.storeInserts() > 0) {
            try {
                ceiling = StoreCeiling.measure(options.mongo(), options.storeInserts(), options.concurrency());
                System.out.printf("store ceiling: %.0f single-document inserts/s (%s, %d inserts, %d threads)%n",
                        ceiling, options.mongo(), options.storeInserts(), options.concurrency());
            } catch (Exception e) {
                System.out.printf("store ceiling: not measured (%s)%n", e);
            }
        }

        Map<String, Rush.Result> results = new LinkedHashMap<>();
        boolean consistent = true;
        if (!options.scenarios().isEmpty()) {
            System.out.printf("%-10s %8s %8s %9s %8s %8s %8s %7s %6s %7s %7s  %s%n", "run", "requests", "seconds",
                    "reports/s", "p50 ms", "p95 ms", "p99 ms", "errors", "201", "stored", "events", "check");
        }
        for (String scenario : options.scenarios()) {
            try {
                Rush.Result result = scenario(scenario, options, http, token);
                results.put(scenario, result);
            } catch (Exception e) {
                consistent = false;
                System.out.printf("%-10s failed: %s%n", scenario, e);
            }
        }
        for (Rush.Result result : results.values()) {
            consistent &= result.checked();
        }

        Rush.Result direct = results.get("direct");
        Rush.Result gateway = results.get("gateway");
        Rush.Result gateway2 = results.get("gateway-2");
        if (direct != null && gateway != null) {
            System.out.printf("gateway/direct: %.2f (target >= 0.8)%n", gateway.perSecond() / direct.perSecond());
        }
        if (gateway != null && !Double.isNaN(ceiling)) {
            System.out.printf("gateway intake / store ceiling: %.2f (target >= 0.6)%n",
                    options.units() / gateway.seconds() / ceiling);
        }
        if (gateway != null && gateway2 != null) {
            System.out.printf("two instances / one: %.2f (target >= 1.0)%n", gateway2.perSecond() / gateway.perSecond());
        }
        if (!options.scenarios().isEmpty()) {
            System.out.println(consistent ? "no loss, no duplicates: 201 answers = stored reports = distinct events"
                    : "LOSS, DUPLICATES OR FAILED REQUESTS: see the check column");
        }
        System.exit(consistent ? 0 : 1);
    }

    private static Rush.Result scenario(String scenario, Options options, HttpClient http, StaffToken token)
            throws Exception {
        Endpoint base = new Endpoint(scenario.equals("direct") ? options.direct() : options.gateway(), token);
        if (options.warmupUnits() > 0) {
            RushPlan warmup = new RushPlan(options.warmupUnits());
            warmup.publish(options.kafka());
            warmup.awaitKnownBy(http, base);
            Rush.run(scenario + "-warmup", http, base, warmup, options.retryShare(), options.concurrency());
        }
        RushPlan plan = new RushPlan(options.units());
        plan.publish(options.kafka());
        plan.awaitKnownBy(http, base);
        long lag = ConsumerLag.awaitCaughtUp(options.kafka(), Duration.ofMinutes(3));
        if (lag > 0) {
            System.out.printf("(%s: the consumers still had %d events to read after 3 minutes)%n", scenario, lag);
        }
        Rush.Result result = Rush.run(scenario, http, base, plan, options.retryShare(), options.concurrency());
        Set<String> ids = result.createdIds();
        OptionalLong stored = stored(http, base, plan.planId());
        String events;
        boolean ok = result.errors() == 0 && result.replayMismatches() == 0 && ids.size() == options.units()
                && stored.isPresent() && stored.getAsLong() == ids.size();
        String detail = "";
        try {
            SubmittedEvents.Count count = SubmittedEvents.await(options.kafka(), plan.planId(), ids.size(),
                    Duration.ofSeconds(90));
            events = Integer.toString(count.eventIds().size());
            ok &= count.reportIds().equals(ids) && count.eventIds().size() == ids.size();
            detail = " eventRecords=" + count.records();
        } catch (RuntimeException e) {
            events = "?";
            ok = false;
            detail = " events not read: " + e;
        }
        System.out.printf("%-10s %8d %8.2f %9.0f %8.1f %8.1f %8.1f %7d %6d %7s %7s  %s%n", scenario,
                result.requests(), result.seconds(), options.units() / result.seconds(), result.p50(),
                result.p95(), result.p99(), result.errors(), ids.size(),
                stored.isPresent() ? Long.toString(stored.getAsLong()) : "?", events,
                ok ? "ok" : "MISMATCH answers: " + result.answers() + "; replayMismatches="
                        + result.replayMismatches() + detail);
        return result.withCheck(ok);
    }

    /** @return the reports stored for the plan, or empty (said why) if report-service did not tell */
    private static OptionalLong stored(HttpClient http, Endpoint base, String planId) {
        try {
            HttpResponse<String> reply = http.send(base.request("/api/reports?size=1&planId=" + planId)
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() == 200 && RushPlan.JSON.readTree(reply.body()).path("total").isNumber()) {
                return OptionalLong.of(RushPlan.JSON.readTree(reply.body()).path("total").asLong());
            }
            System.out.printf("(stored reports unknown: GET /api/reports answered %d)%n", reply.statusCode());
        } catch (Exception e) {
            System.out.printf("(stored reports unknown: %s)%n", e);
        }
        return OptionalLong.empty();
    }
}
