package vn.ldld.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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

    /** The scenario that publishes a plan and times it, with no rush. */
    static final String PUBLICATION = "publication";

    /** The windows over which the platform's CPU at rest is measured before the first scenario. */
    private static final Duration REST_WINDOW = Duration.ofSeconds(3);

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

        ProcessCpu cpu = ProcessCpu.watchingLocalPlatform();
        double idle = Double.NaN;
        if (cpu.watchesPlatform() && !options.scenarios().isEmpty()) {
            idle = cpu.restShare(REST_WINDOW, 20);
            System.out.printf("platform at rest: %.1f %% of one core (timers, polling loops)%n", idle * 100);
        }
        Costs costs = new Costs(cpu, idle);

        Map<String, Rush.Result> results = new LinkedHashMap<>();
        boolean consistent = true;
        if (!options.scenarios().isEmpty()) {
            System.out.printf("%-10s %8s %8s %9s %8s %8s %8s %7s %6s %7s %7s  %s%n", "run", "requests", "seconds",
                    "reports/s", "p50 ms", "p95 ms", "p99 ms", "errors", "201", "stored", "events", "check");
        }
        for (String scenario : options.scenarios()) {
            if (scenario.equals(PUBLICATION)) {
                try {
                    consistent &= publication(options, http, token, costs);
                } catch (Exception e) {
                    consistent = false;
                    System.out.printf("%-10s failed: %s%n", scenario, e);
                }
                continue;
            }
            try {
                Rush.Result result = scenario(scenario, options, http, token, costs);
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
        Rush.Result floor = results.get(Floor.PROCESS);
        if (gateway != null && floor != null) {
            System.out.printf("gateway/floor: %.2f for reports/s", gateway.perSecond() / floor.perSecond());
            ProcessCpu.Cost ours = costs.intakeOf("gateway");
            ProcessCpu.Cost floorCost = costs.intakeOf(Floor.PROCESS);
            if (ours != null && floorCost != null && costs.watchesPlatform()) {
                // the floor's path is the floor application and the store; the other processes' rows in its column
                // are what they do meanwhile (timers, work left from earlier runs)
                double floorPath = floorCost.of(Floor.PROCESS) + floorCost.of(Floor.STORE);
                System.out.printf(", %.1f for CPU per report (the whole platform %.2f ms against the floor and the "
                        + "store %.2f ms)", ours.platform() / floorPath, ours.platform(), floorPath);
            }
            System.out.println();
        }
        if (gateway != null && gateway2 != null) {
            System.out.printf("two instances / one: %.2f (target >= 1.0)%n", gateway2.perSecond() / gateway.perSecond());
        }
        costs.print(System.out);
        if (!options.scenarios().isEmpty()) {
            System.out.println(consistent ? "no loss, no duplicates: 201 answers = stored reports = distinct events"
                    : "LOSS, DUPLICATES OR FAILED REQUESTS: see the check column");
        }
        System.exit(consistent ? 0 : 1);
    }

    /**
     * Publishes a plan of {@code --units} must-report units through the gateway, with no rush, and prints how long
     * until every consumer had caught up: from the publish request until report-service accepts the last unit and
     * every consumer group has read plan, report and notification events to the end. The units are imported before
     * the clock starts; the CPU per unit counts from the draft to the platform's rest.
     *
     * @return whether analytics expects every unit
     */
    private static boolean publication(Options options, HttpClient http, StaffToken token, Costs costs)
            throws Exception {
        Endpoint staff = new Endpoint(options.gateway(), token);
        RushPlan plan = new RushPlan(options.units());
        plan.importUnits(http, staff);
        ProcessCpu.Snapshot before = costs.settled(options.kafka(), "publication: units imported");
        long start = System.nanoTime();
        plan.draftAndPublish(http, staff);
        plan.awaitKnownBy(http, staff);
        long lag = ConsumerLag.awaitCaughtUp(options.kafka(), ConsumerLag.ALL_TOPICS, Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - start) / 1e9;
        ProcessCpu.Snapshot after = costs.settled(options.kafka(), "publication");
        costs.publication(PUBLICATION, before, after, options.units());
        int expected = staff.getJson(http, "/api/analytics/plans/" + plan.planId() + "/phases/1").path("summary")
                .path("expected").asInt();
        System.out.printf("%-10s %d must-report units: published and every consumer caught up in %.1f s%s; "
                + "analytics expects %d%n", PUBLICATION, options.units(), seconds,
                lag > 0 ? " (" + lag + " events still unread after 10 minutes)" : "", expected);
        return lag == 0 && expected == options.units();
    }

    private static Rush.Result scenario(String scenario, Options options, HttpClient http, StaffToken token,
                                        Costs costs) throws Exception {
        if (scenario.equals(Floor.PROCESS)) {
            return floor(options, http, token, costs);
        }
        Endpoint base = new Endpoint(scenario.equals("direct") ? options.direct() : options.gateway(), token);
        Endpoint staff = new Endpoint(options.gateway(), token);
        if (options.warmupUnits() > 0) {
            RushPlan warmup = new RushPlan(options.warmupUnits());
            warmup.publish(http, staff);
            warmup.awaitKnownBy(http, base);
            Rush.run(scenario + "-warmup", http, base, warmup, options.retryShare(), options.concurrency());
        }
        RushPlan plan = new RushPlan(options.units());
        ProcessCpu.Snapshot beforePublishing = costs.settled(options.kafka(), scenario + " warm-up");
        plan.publish(http, staff);
        plan.awaitKnownBy(http, base);
        ProcessCpu.Snapshot published = costs.settled(options.kafka(), scenario + " plan");
        costs.publication(scenario, beforePublishing, published, options.units());
        Rush.Result result = Rush.run(scenario, http, base, plan, options.retryShare(), options.concurrency());
        costs.intake(scenario, published, costs.settled(options.kafka(), scenario), options.units());
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
        print(scenario, options, result, stored, events, ok, detail);
        return result.withCheck(ok);
    }

    /**
     * The same rush against the floor application: the same JSON inserted into the same store by the same stack,
     * with no security, validation or events. The plan is not published (the floor knows no plans).
     */
    private static Rush.Result floor(Options options, HttpClient http, StaffToken token, Costs costs)
            throws Exception {
        Path repo = RepoRoot.find().orElseThrow(() -> new IllegalStateException(
                "the floor application's jar is looked for in the repository, and this runs outside it"));
        try (Floor floor = Floor.start(repo, options.mongo(), http)) {
            costs.watch(Floor.PROCESS, floor.handle());
            Endpoint base = new Endpoint(floor.baseUrl(), token);
            if (options.warmupUnits() > 0) {
                Rush.run("floor-warmup", http, base, new RushPlan(options.warmupUnits()), options.retryShare(),
                        options.concurrency());
            }
            RushPlan plan = new RushPlan(options.units());
            ProcessCpu.Snapshot before = costs.settled(options.kafka(), "floor warm-up");
            Rush.Result result = Rush.run(Floor.PROCESS, http, base, plan, options.retryShare(),
                    options.concurrency());
            costs.intake(Floor.PROCESS, before, costs.settled(options.kafka(), Floor.PROCESS), options.units());
            Set<String> ids = result.createdIds();
            OptionalLong stored = stored(http, base, plan.planId());
            boolean ok = result.errors() == 0 && result.replayMismatches() == 0 && ids.size() == options.units()
                    && stored.isPresent() && stored.getAsLong() == ids.size();
            print(Floor.PROCESS, options, result, stored, "-", ok, "");
            return result.withCheck(ok);
        }
    }

    private static void print(String scenario, Options options, Rush.Result result, OptionalLong stored,
                              String events, boolean ok, String detail) {
        System.out.printf("%-10s %8d %8.2f %9.0f %8.1f %8.1f %8.1f %7d %6d %7s %7s  %s%n", scenario,
                result.requests(), result.seconds(), options.units() / result.seconds(), result.p50(),
                result.p95(), result.p99(), result.errors(), result.createdIds().size(),
                stored.isPresent() ? Long.toString(stored.getAsLong()) : "?", events,
                ok ? "ok" : "MISMATCH answers: " + result.answers() + "; replayMismatches="
                        + result.replayMismatches() + detail);
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
