package vn.ldld.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

import vn.ldld.identity.cli.DemoLogin;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Replays a deadline rush against the running local platform: for each scenario a plan with N must-report units
 * is published, each unit submits once (a share retries with the same Idempotency-Key), and the run prints reports
 * per second, latency percentiles and errors; then it checks that 201 answers = stored reports = distinct
 * ReportSubmitted events on Kafka. The same run first measures the store's own single-document insert ceiling.
 */
public final class DeadlineRush {

    private DeadlineRush() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage().equals("help") ? Options.usage() : e.getMessage() + "\n" + Options.usage());
            System.exit(2);
            return;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("deadline rush: %d units per plan, %.0f%% retried with the same Idempotency-Key, "
                        + "%d in flight, %d processors here%n", options.units(), options.retryShare() * 100,
                options.concurrency(), Runtime.getRuntime().availableProcessors());

        String token = DemoLogin.accessToken(URI.create(options.issuer()), options.account(), options.password());

        double ceiling = Double.NaN;
        if (options.storeInserts() > 0) {
            ceiling = StoreCeiling.measure(options.mongo(), options.storeInserts(), options.concurrency());
            System.out.printf("store ceiling: %.0f single-document inserts/s (%s, %d inserts, %d threads)%n",
                    ceiling, options.mongo(), options.storeInserts(), options.concurrency());
        }

        Map<String, Rush.Result> results = new LinkedHashMap<>();
        boolean consistent = true;
        System.out.printf("%-10s %8s %8s %9s %8s %8s %8s %7s %6s %7s %7s  %s%n", "run", "requests", "seconds",
                "reports/s", "p50 ms", "p95 ms", "p99 ms", "errors", "201", "stored", "events", "check");
        for (String scenario : options.scenarios()) {
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
            long stored = stored(http, base, plan.planId);
            SubmittedEvents.Count events = SubmittedEvents.await(options.kafka(), plan.planId,
                    result.createdIds().size(), Duration.ofSeconds(90));
            Set<String> ids = result.createdIds();
            boolean ok = result.errors() == 0 && result.replayMismatches() == 0 && ids.size() == options.units()
                    && stored == ids.size() && events.reportIds().equals(ids)
                    && events.eventIds().size() == ids.size();
            consistent &= ok;
            results.put(scenario, result);
            System.out.printf("%-10s %8d %8.2f %9.0f %8.1f %8.1f %8.1f %7d %6d %7d %7d  %s%n", scenario,
                    result.requests(), result.seconds(), options.units() / result.seconds(), result.p50(),
                    result.p95(), result.p99(), result.errors(), ids.size(), stored, events.eventIds().size(),
                    ok ? "ok" : "MISMATCH statuses=" + result.statuses() + " replayMismatches="
                            + result.replayMismatches() + " eventRecords=" + events.records());
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
        System.out.println(consistent ? "no loss, no duplicates: 201 answers = stored reports = distinct events"
                : "LOSS OR DUPLICATES: see the check column");
        System.exit(consistent ? 0 : 1);
    }

    private static long stored(HttpClient http, Endpoint base, String planId) throws Exception {
        HttpResponse<String> reply = http.send(base.request("/api/reports?size=1&planId=" + planId).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return RushPlan.JSON.readTree(reply.body()).get("total").asLong();
    }
}
