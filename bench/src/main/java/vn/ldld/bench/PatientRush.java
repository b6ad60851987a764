package vn.ldld.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A rush of patient clients ({@link PatientClient}): each of the given units submits its report of the plan once,
 * {@code concurrency} at a time, and keeps trying with the same Idempotency-Key until it is answered. Runs in the
 * background, so that a fault can be injected while it goes on.
 */
public final class PatientRush {

    private final ExecutorService clients;
    private final Map<String, PatientClient.Outcome> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();

    private PatientRush(int concurrency) {
        this.clients = Executors.newFixedThreadPool(concurrency);
    }

    /**
     * Starts the rush.
     *
     * @param keyPrefix the Idempotency-Key of a unit is {@code "<keyPrefix>-<plan id>-<unit>"}
     */
    public static PatientRush start(PatientClient client, RushPlan plan, List<String> units, int concurrency,
                                    String keyPrefix) {
        PatientRush rush = new PatientRush(concurrency);
        for (String unit : units) {
            rush.clients.submit(() -> {
                PatientClient.Outcome outcome = client.submit(unit, plan.report(unit),
                        "\"" + keyPrefix + "-" + plan.planId() + "-" + unit + "\"");
                rush.outcomes.put(unit, outcome);
                if (outcome.accepted()) {
                    rush.accepted.incrementAndGet();
                }
                return null;
            });
        }
        rush.clients.shutdown();
        return rush;
    }

    /** @return units answered 201 so far */
    public int accepted() {
        return accepted.get();
    }

    public boolean done() {
        return clients.isTerminated();
    }

    /** @return whether every unit got its final outcome within {@code timeout} */
    public boolean awaitDone(Duration timeout) throws InterruptedException {
        return clients.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops every client now (the run failed). */
    public void abandon() {
        clients.shutdownNow();
    }

    /** @return the final outcome of each unit answered so far */
    public Map<String, PatientClient.Outcome> outcomes() {
        return Map.copyOf(outcomes);
    }
}
