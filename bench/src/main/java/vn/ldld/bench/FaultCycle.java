package vn.ldld.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * One fault, one row: a plan due in under five minutes is published; its submitting units rush through the gateway
 * as patient clients; once a share of them is acknowledged the fault is injected and whatever is not running is
 * started again; then, once everything has caught up and the plan's reminder has come due, the checks.
 */
final class FaultCycle {

    /**
     * The local platform reminds 5 and 2 minutes before a deadline: with the deadline 4 min 50 s after publication
     * the 5-minute reminder is already past (not scheduled), the 2-minute one falls 2 min 50 s into the run, after
     * the rush and the restart, so each silent unit must get exactly one.
     */
    static final Duration DUE_IN = Duration.ofMinutes(4).plusSeconds(50);
    static final Duration REMINDER_LEAD = Duration.ofMinutes(2);

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration REMINDER_GRACE = Duration.ofSeconds(90);

    private final FaultOptions options;
    private final KafkaClients kafka;
    private final HttpClient http;
    private final Endpoint gateway;
    private final LocalProcesses processes;
    private final PrintStream log;

    FaultCycle(FaultOptions options, KafkaClients kafka, HttpClient http, Endpoint gateway, LocalProcesses processes,
               PrintStream log) {
        this.options = options;
        this.kafka = kafka;
        this.http = http;
        this.gateway = gateway;
        this.processes = processes;
        this.log = log;
    }

    FaultRow run(Fault fault) throws Exception {
        long deadLettersBefore = DeadLetterCount.now(kafka);
        RushPlan plan = new RushPlan(options.units(), Instant.now().plus(DUE_IN));
        plan.publish(http, gateway);
        plan.awaitKnownBy(http, gateway);
        Instant reminderDue = plan.deadline().minus(REMINDER_LEAD);
        int silentEvery = (int) Math.round(1 / options.silentShare());
        List<String> submitting = new ArrayList<>();
        Set<String> silent = new HashSet<>();
        for (int i = 0; i < plan.units().size(); i++) {
            (i % silentEvery == silentEvery - 1 ? silent : submitting).add(plan.units().get(i));
        }
        log.printf("%s: plan %s, %d units (%d silent), due %s, reminder due %s%n", fault.name(), plan.planId(),
                plan.units().size(), silent.size(), plan.deadline(), reminderDue);

        Answers answers = new Answers();
        PatientClient client = new PatientClient(http, gateway, answers, REQUEST_TIMEOUT, MAX_PAUSE, GIVE_UP_AFTER);
        PatientRush rush = PatientRush.start(client, plan, submitting, options.concurrency(), "faults");
        int killAt = (int) Math.ceil(options.killAfter() * submitting.size());
        while (rush.accepted() < killAt && !rush.done()) {
            Thread.sleep(20);
        }
        Instant injectedAt = Instant.now();
        try {
            String injected = fault.inject(processes);
            log.printf("%s: %s after %d of %d acknowledged%n", fault.name(), injected, rush.accepted(),
                    submitting.size());
            processes.up();
        } catch (InterruptedException | RuntimeException e) {
            rush.abandon();
            throw e;
        }
        Duration restart = Duration.between(injectedAt, Instant.now());
        log.printf("%s: everything up again %.0f s after the fault%n", fault.name(), restart.toMillis() / 1000.0);
        rush.awaitDone(GIVE_UP_AFTER.plusMinutes(5));

        Instant caughtUp = awaitCaughtUp(plan, submitting.size());
        Duration recovery = caughtUp == null ? null : Duration.between(injectedAt, caughtUp);
        log.printf("%s: %s%n", fault.name(), caughtUp == null ? "not caught up within " + CATCH_UP_TIMEOUT.toMinutes()
                + " minutes" : "caught up " + recovery.toSeconds() + " s after the fault");

        Map<String, List<RemindersSent.Reminder>> reminders = awaitReminders(plan, silent, reminderDue);
        List<StoredReports.Stored> stored = StoredReports.read(http, gateway, plan.planId(), true);
        SubmittedEvents.Count events = SubmittedEvents.read(kafka, plan.planId());
        JsonNode analytics = gateway.getJson(http, "/api/analytics/plans/" + plan.planId() + "/phases/1");
        long deadLetters = DeadLetterCount.now(kafka) - deadLettersBefore;
        return FaultRow.of(fault.name(), submitting, silent, rush.outcomes(), stored, events, analytics, reminders,
                deadLetters, restart, recovery, answers);
    }

    /**
     * Waits until the platform has caught up: every consumer group has read every event, each stored report's event
     * is on {@code report-events}, and analytics counts the stored reports.
     *
     * @return when, or null if not within the timeout
     */
    private Instant awaitCaughtUp(RushPlan plan, int submitting) throws InterruptedException {
        long until = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
        while (System.nanoTime() < until) {
            try {
                Set<String> stored = StoredReports.read(http, gateway, plan.planId(), false).stream()
                        .map(StoredReports.Stored::id).collect(Collectors.toSet());
                if (stored.size() >= submitting
                        && ConsumerLag.lag(kafka, ConsumerLag.ALL_TOPICS) == 0
                        && SubmittedEvents.read(kafka, plan.planId()).reportIds().containsAll(stored)
                        && gateway.getJson(http, "/api/analytics/plans/" + plan.planId() + "/phases/1")
                                .path("summary").path("submitted").asInt() == stored.size()) {
                    return Instant.now();
                }
            } catch (Exception notYet) {
                log.printf("  (not caught up yet: %s)%n", notYet.getMessage());
            }
            Thread.sleep(2000);
        }
        return null;
    }

    /** Waits until the reminder is due, then until every silent unit has had it (or the grace has run out). */
    private Map<String, List<RemindersSent.Reminder>> awaitReminders(RushPlan plan, Set<String> silent,
                                                                     Instant due) throws InterruptedException {
        long untilDue = Duration.between(Instant.now(), due).toMillis();
        if (untilDue > 0) {
            Thread.sleep(untilDue);
        }
        Instant giveUp = due.plus(REMINDER_GRACE);
        Map<String, List<RemindersSent.Reminder>> reminders = new HashMap<>();
        while (Instant.now().isBefore(giveUp)) {
            try {
                reminders = RemindersSent.byUnit(kafka, plan.planId());
                if (reminders.keySet().containsAll(silent)) {
                    // a little longer: a second reminder to a unit would show now
                    Thread.sleep(5000);
                    return RemindersSent.byUnit(kafka, plan.planId());
                }
            } catch (RuntimeException notReadable) {
                log.printf("  (reminders not read yet: %s)%n", notReadable.getMessage());
            }
            Thread.sleep(2000);
        }
        return reminders;
    }

    /** @return the sum of each indicator over the analytics totals */
    static Map<String, BigDecimal> analyticsTotals(JsonNode analytics) {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (JsonNode total : analytics.path("totals")) {
            if (total.path("sum").isNumber()) {
                totals.put(total.path("code").asString(), total.path("sum").decimalValue());
            }
        }
        return totals;
    }
}
