package vn.ldld.analytics.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import vn.ldld.analytics.notice.OverdueNotice;
import vn.ldld.analytics.notice.ReminderNotice;
import vn.ldld.analytics.plan.Indicator;
import vn.ldld.analytics.plan.Phase;
import vn.ldld.analytics.plan.PlanContent;
import vn.ldld.analytics.plan.PlanView;
import vn.ldld.analytics.plan.Recipient;
import vn.ldld.analytics.report.ReportFact;
import vn.ldld.analytics.report.ReportStatus;
import vn.ldld.analytics.unit.Hierarchy;
import vn.ldld.analytics.unit.Unit;

/**
 * The analysis of one phase, computed from the read models as they are now: which units are expected (the
 * must-report recipients of the latest plan version), the report of each, and everything derived from them. A
 * pure function of its inputs, so the same documents always give the same numbers.
 */
public final class PhaseAnalysis {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PlanView plan;
    private final Phase phase;
    private final List<UnitRow> rows = new ArrayList<>();
    private final Map<String, ReportFact> counted = new LinkedHashMap<>();
    private final Hierarchy hierarchy;
    private final int unexpectedReports;
    private final int remindersSent;

    private PhaseAnalysis(PlanView plan, Phase phase, List<ReportFact> reports, List<OverdueNotice> overdue,
                          List<ReminderNotice> reminders) {
        this.plan = plan;
        this.phase = phase;
        PlanContent content = plan.content();
        Map<String, ReportFact> byUnit = latestReceivedByUnit(reports);
        Map<String, Integer> remindersByUnit = new HashMap<>();
        reminders.forEach(r -> remindersByUnit.merge(r.subjectUnitCode(), 1, Integer::sum));
        Set<String> overdueUnits = new LinkedHashSet<>();
        overdue.stream().filter(o -> phase.reportDeadline() == null || !o.deadline().isBefore(phase.reportDeadline()))
                .forEach(o -> overdueUnits.add(o.unit().code()));
        Set<String> expected = new LinkedHashSet<>();
        for (Unit unit : content.mustReport()) {
            if (expected.add(unit.code())) {
                ReportFact report = byUnit.get(unit.code());
                if (report != null) {
                    counted.put(unit.code(), report);
                }
                rows.add(row(unit, report, plan, overdueUnits.contains(unit.code()),
                        remindersByUnit.getOrDefault(unit.code(), 0)));
            }
        }
        this.unexpectedReports = (int) byUnit.keySet().stream().filter(code -> !expected.contains(code)).count();
        this.remindersSent = reminders.size();
        List<Unit> known = new ArrayList<>();
        known.add(content.issuer());
        content.recipients().stream().map(Recipient::unit).forEach(known::add);
        reports.stream().map(ReportFact::unit).forEach(known::add);
        this.hierarchy = Hierarchy.of(known);
    }

    /**
     * Analyses phase {@code phase} of {@code plan}, whose content must be known.
     *
     * @param reports the phase's reports (those not received yet are ignored)
     * @param overdue the phase's overdue notices
     * @param reminders the phase's reminders
     */
    public static PhaseAnalysis of(PlanView plan, Phase phase, List<ReportFact> reports, List<OverdueNotice> overdue,
                                   List<ReminderNotice> reminders) {
        return new PhaseAnalysis(plan, phase, reports, overdue, reminders);
    }

    public PlanView plan() {
        return plan;
    }

    public Phase phase() {
        return phase;
    }

    /** The must-report units in the plan's recipient order. */
    public List<UnitRow> units() {
        return List.copyOf(rows);
    }

    /** The units with this status (any when {@code null}) at or below {@code parent} (any when {@code null}). */
    public List<UnitRow> units(UnitStatus status, String parent) {
        return rows.stream().filter(r -> status == null || r.status() == status)
                .filter(r -> parent == null || !r.code().equals(parent) && hierarchy.isWithin(r.code(), parent))
                .toList();
    }

    /** The reports that count: the latest received report of each must-report unit. */
    public List<ReportFact> countedReports() {
        return List.copyOf(counted.values());
    }

    public Hierarchy hierarchy() {
        return hierarchy;
    }

    public PhaseSummary summary() {
        // v2 events say how many units must report before their chunks have listed them all
        PlanContent listed = plan.content();
        int expected = listed.recipientsListedApart() ? listed.recipientSummary().mustReport() : rows.size();
        int submitted = count(r -> r.status().reported());
        int onTime = count(r -> r.status().reported() && Boolean.TRUE.equals(r.onTime()));
        int late = submitted - onTime;
        long maxLateness = rows.stream().filter(r -> Boolean.FALSE.equals(r.onTime()))
                .mapToLong(UnitRow::lateSeconds).max().orElse(0);
        long totalLateness = rows.stream().filter(r -> Boolean.FALSE.equals(r.onTime()))
                .mapToLong(UnitRow::lateSeconds).sum();
        long averageLateness = late == 0 ? 0 : BigDecimal.valueOf(totalLateness)
                .divide(BigDecimal.valueOf(late), 0, RoundingMode.HALF_UP).longValueExact();
        PlanContent content = plan.content();
        return new PhaseSummary(plan.planId(), content.number(), content.title(), content.version(),
                plan.status().name(), phase.number(), phase.displayName(), phase.startDate(), phase.endDate(),
                phase.reportDeadline(), expected, submitted, onTime, late, expected - submitted,
                count(r -> r.status() == UnitStatus.OVERDUE), count(r -> r.status() == UnitStatus.RETURNED),
                count(r -> r.status() == UnitStatus.ACCEPTED),
                count(r -> r.status() == UnitStatus.SUBMITTED || r.status() == UnitStatus.RESUBMITTED),
                unexpectedReports, Totals.rate(submitted, expected), Totals.rate(onTime, expected), averageLateness,
                maxLateness, remindersSent);
    }

    /** Totals of each numeric indicator, in template order. */
    public List<IndicatorTotal> totals() {
        return Totals.of(plan.content().template().indicators(), counted.values());
    }

    /** Roll-ups for every unit that has must-report units below it, from the top of the hierarchy down. */
    public List<Rollup> rollups() {
        Map<String, List<UnitRow>> below = new LinkedHashMap<>();
        for (UnitRow row : rows) {
            for (String ancestor : hierarchy.ancestors(row.code())) {
                below.computeIfAbsent(ancestor, a -> new ArrayList<>()).add(row);
            }
        }
        List<Rollup> rollups = new ArrayList<>();
        below.forEach((code, units) -> rollups.add(rollup(code, units)));
        rollups.sort(Comparator.comparingInt(Rollup::depth));
        return rollups;
    }

    /** Reports first received per hour or day in the plan's zone. */
    public Timeline timeline(Interval interval) {
        ZoneId zone = zone();
        TreeMap<ZonedDateTime, int[]> buckets = new TreeMap<>();
        for (ReportFact report : counted.values()) {
            ZonedDateTime start = report.receivedAt().atZone(zone).truncatedTo(interval.unit());
            int[] bucket = buckets.computeIfAbsent(start, s -> new int[2]);
            bucket[Timeliness.of(report, plan).onTime() ? 0 : 1]++;
        }
        List<TimelinePoint> points = new ArrayList<>();
        int cumulative = 0;
        for (Map.Entry<ZonedDateTime, int[]> bucket : buckets.entrySet()) {
            int submitted = bucket.getValue()[0] + bucket.getValue()[1];
            cumulative += submitted;
            points.add(new TimelinePoint(OffsetDateTime.from(bucket.getKey()), submitted, bucket.getValue()[0],
                    bucket.getValue()[1], cumulative));
        }
        return new Timeline(plan.planId(), phase.number(), interval, zone.getId(), points);
    }

    /** The plan's zone (the phase's when it has one). */
    public ZoneId zone() {
        String id = phase.timeZone() != null ? phase.timeZone() : plan.content().timeZone();
        try {
            return id == null ? DEFAULT_ZONE : ZoneId.of(id);
        } catch (java.time.DateTimeException unknown) {
            return DEFAULT_ZONE;
        }
    }

    private Rollup rollup(String code, List<UnitRow> units) {
        int submitted = (int) units.stream().filter(r -> r.status().reported()).count();
        int onTime = (int) units.stream().filter(r -> r.status().reported() && Boolean.TRUE.equals(r.onTime()))
                .count();
        List<ReportFact> reports = units.stream().map(r -> counted.get(r.code())).filter(r -> r != null).toList();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Totals.of(plan.content().template().indicators(), reports).forEach(t -> sums.put(t.code(), t.sum()));
        return new Rollup(code, hierarchy.unit(code).name() != null ? hierarchy.unit(code).name() : code,
                hierarchy.ancestors(code).size(), units.size(), submitted, onTime, submitted - onTime,
                units.size() - submitted, Totals.rate(submitted, units.size()), Totals.rate(onTime, units.size()),
                sums);
    }

    private int count(Predicate<UnitRow> predicate) {
        return (int) rows.stream().filter(predicate).count();
    }

    private static Map<String, ReportFact> latestReceivedByUnit(List<ReportFact> reports) {
        Map<String, ReportFact> byUnit = new HashMap<>();
        for (ReportFact report : reports) {
            if (!report.received()) {
                continue;
            }
            byUnit.merge(report.unit().code(), report, PhaseAnalysis::preferred);
        }
        return byUnit;
    }

    /** Of two reports of one unit (should there be two), the one received first counts: it set the receipt. */
    private static ReportFact preferred(ReportFact a, ReportFact b) {
        int byTime = a.receivedAt().compareTo(b.receivedAt());
        if (byTime != 0) {
            return byTime < 0 ? a : b;
        }
        return a.reportId().compareTo(b.reportId()) <= 0 ? a : b;
    }

    private static UnitRow row(Unit unit, ReportFact report, PlanView plan, boolean overdueNotice, int reminders) {
        if (report == null) {
            return new UnitRow(unit.code(), unit.name(), unit.shortName(), unit.kind(), unit.parentCode(),
                    overdueNotice ? UnitStatus.OVERDUE : UnitStatus.MISSING, null, null, null, null, 0, 0,
                    overdueNotice, reminders, Map.of(), Map.of(), null);
        }
        Timeliness timeliness = Timeliness.of(report, plan);
        return new UnitRow(unit.code(), unit.name(), unit.shortName(), unit.kind(), unit.parentCode(),
                status(report.status()), report.reportId(), report.receiptNumber(), report.receivedAt(),
                timeliness.onTime(), timeliness.lateSeconds(), report.revision(), overdueNotice, reminders,
                values(report), report.narrative(), timeliness);
    }

    private static UnitStatus status(ReportStatus status) {
        return UnitStatus.valueOf(status.name());
    }

    private static Map<String, Object> values(ReportFact report) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (report.values() == null) {
            return values; // read without them: a summary
        }
        report.values().forEach((code, value) -> {
            BigDecimal number = report.number(code);
            values.put(code, number != null ? number : value);
        });
        return values;
    }

}
