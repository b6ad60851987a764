package vn.ldld.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What one fault did to the reports of its rush, checked once the platform has caught up.
 *
 * @param accepted units answered 201
 * @param stored reports report-service holds for the plan
 * @param events reports with a ReportSubmitted event on {@code report-events}
 * @param analyticsSubmitted what analytics counts as submitted; {@code analyticsAgree} whether that count and every
 *                           indicator total equal what report-service holds
 * @param remindedOnce silent units reminded exactly once, of {@code silent}
 * @param remindersWrong reminders that should not have been sent: a second one to a unit, or one sent to a unit after
 *                       its report was received
 * @param loss acknowledged reports not stored (or stored under another id), stored reports without their event
 * @param duplicates a unit's second stored report, a report stored without a 201, a report's second event, an event
 *                   of a report not stored
 * @param deadLetters records added to the dead-letter topics during the fault's run
 * @param restart from the fault until every process runs and is healthy again
 * @param recovery from the fault until everything caught up (null: not within the wait)
 * @param problems what each check found, in words
 */
record FaultRow(String fault, int accepted, int stored, int events, int analyticsSubmitted, boolean analyticsAgree,
                int remindedOnce, int silent, int remindersWrong, int loss, int duplicates, long deadLetters,
                Duration restart, Duration recovery, Answers answers, List<String> problems) {

    boolean ok() {
        return problems.isEmpty();
    }

    static FaultRow of(String fault, List<String> submitting, Set<String> silent,
                       Map<String, PatientClient.Outcome> outcomes, List<StoredReports.Stored> stored,
                       SubmittedEvents.Count events, JsonNode analytics,
                       Map<String, List<RemindersSent.Reminder>> reminders, long deadLetters, Duration restart,
                       Duration recovery, Answers answers) {
        List<String> problems = new ArrayList<>();
        Map<String, String> acknowledged = new HashMap<>();
        outcomes.forEach((unit, outcome) -> {
            if (outcome.accepted()) {
                acknowledged.put(unit, outcome.reportId());
            }
        });
        long unanswered = submitting.stream().filter(unit -> !outcomes.containsKey(unit)
                || outcomes.get(unit).status() == PatientClient.Outcome.GAVE_UP).count();
        long refused = outcomes.values().stream().filter(o -> !o.accepted()
                && o.status() != PatientClient.Outcome.GAVE_UP).count();
        if (unanswered > 0 || refused > 0) {
            problems.add(unanswered + " submissions never answered, " + refused + " refused");
        }

        Map<String, List<StoredReports.Stored>> storedByUnit = new HashMap<>();
        stored.forEach(report -> storedByUnit.computeIfAbsent(report.unitCode(), u -> new ArrayList<>()).add(report));
        int lost = 0;
        for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
            List<StoredReports.Stored> ofUnit = storedByUnit.getOrDefault(ack.getKey(), List.of());
            if (ofUnit.stream().noneMatch(r -> r.id().equals(ack.getValue()))) {
                lost++;
            }
        }
        int withoutEvent = (int) stored.stream().filter(r -> !events.eventIdsByReport().containsKey(r.id())).count();
        int secondReports = storedByUnit.values().stream().mapToInt(reports -> reports.size() - 1).sum();
        int neverAcknowledged = (int) stored.stream().filter(r -> !acknowledged.containsKey(r.unitCode())).count();
        int secondEvents = events.eventIdsByReport().values().stream().mapToInt(ids -> ids.size() - 1).sum();
        Set<String> storedIds = new java.util.HashSet<>();
        stored.forEach(r -> storedIds.add(r.id()));
        int eventsOfNothing = (int) events.eventIdsByReport().keySet().stream().filter(id -> !storedIds.contains(id))
                .count();
        addIf(problems, lost, "acknowledged but not stored under the acknowledged id");
        addIf(problems, withoutEvent, "stored without a ReportSubmitted event");
        addIf(problems, secondReports, "second reports of a unit");
        addIf(problems, neverAcknowledged, "stored without a 201");
        addIf(problems, secondEvents, "second ReportSubmitted events of a report");
        addIf(problems, eventsOfNothing, "ReportSubmitted events of reports not stored");

        int analyticsSubmitted = analytics.path("summary").path("submitted").asInt(-1);
        Map<String, BigDecimal> expectedTotals = StoredReports.totals(stored);
        Map<String, BigDecimal> analyticsTotals = FaultCycle.analyticsTotals(analytics);
        List<String> totalsDiffer = new ArrayList<>();
        expectedTotals.forEach((code, sum) -> {
            BigDecimal counted = analyticsTotals.get(code);
            if (counted == null || counted.compareTo(sum) != 0) {
                totalsDiffer.add(code + " " + counted + " ≠ " + sum);
            }
        });
        boolean analyticsAgree = analyticsSubmitted == storedByUnit.size() && totalsDiffer.isEmpty();
        if (!analyticsAgree) {
            problems.add("analytics: " + analyticsSubmitted + " submitted for " + storedByUnit.size()
                    + " stored; totals " + (totalsDiffer.isEmpty() ? "equal" : totalsDiffer));
        }

        int remindedOnce = (int) silent.stream().filter(unit -> reminders.getOrDefault(unit, List.of()).size() == 1)
                .count();
        int remindersWrong = 0;
        for (Map.Entry<String, List<RemindersSent.Reminder>> unit : reminders.entrySet()) {
            List<StoredReports.Stored> reports = storedByUnit.getOrDefault(unit.getKey(), List.of());
            for (RemindersSent.Reminder reminder : unit.getValue()) {
                boolean afterReport = reports.stream().anyMatch(r -> reminder.sentAt().isAfter(r.receivedAt()));
                remindersWrong += afterReport ? 1 : 0;
            }
            remindersWrong += Math.max(0, unit.getValue().size() - 1);
        }
        if (remindedOnce != silent.size() || remindersWrong > 0) {
            problems.add("reminders: " + remindedOnce + " of " + silent.size() + " silent units reminded once, "
                    + remindersWrong + " reminders too many or after the unit's report");
        }
        if (deadLetters > 0) {
            problems.add(deadLetters + " dead letters");
        }
        if (recovery == null) {
            problems.add("not caught up");
        }
        return new FaultRow(fault, acknowledged.size(), stored.size(), events.reportIds().size(), analyticsSubmitted,
                analyticsAgree, remindedOnce, silent.size(), remindersWrong, lost + withoutEvent,
                secondReports + neverAcknowledged + secondEvents + eventsOfNothing, deadLetters, restart, recovery,
                answers, problems);
    }

    private static void addIf(List<String> problems, int count, String what) {
        if (count > 0) {
            problems.add(count + " " + what);
        }
    }
}
