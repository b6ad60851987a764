package vn.ldld.notification.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.ldld.notification.plan.PlanEvents.Change;
import vn.ldld.notification.plan.PlanEvents.PlanAmended;
import vn.ldld.notification.plan.PlanEvents.PlanEnded;
import vn.ldld.notification.plan.PlanEvents.PlanPublished;
import vn.ldld.notification.plan.PlanEvents.Recipient;
import vn.ldld.notification.schedule.Addressee;
import vn.ldld.notification.schedule.Cadence;
import vn.ldld.notification.schedule.Notification;
import vn.ldld.notification.schedule.NotificationKind;
import vn.ldld.notification.schedule.PlanRef;
import vn.ldld.notification.schedule.Schedule;

/**
 * What a plan event does to the schedule: recipients told, reminders scheduled, rescheduled or cancelled. Every
 * effect is keyed on natural keys, so applying an event again changes nothing; the plan's copy, whose version tells
 * that an event was applied, is saved after the schedule, so that an event cut short (the database went away
 * halfway) is applied again in full rather than ignored as known.
 */
@Component
class PlanIntake {

    private static final Logger log = LoggerFactory.getLogger(PlanIntake.class);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final Set<NotificationKind> ALL_REMINDERS = EnumSet.copyOf(NotificationKind.ANSWERED_BY_REPORT);

    private final Plans plans;
    private final Schedule schedule;
    private final Cadence cadence;
    private final Clock clock;

    PlanIntake(Plans plans, Schedule schedule, Cadence cadence, Clock clock) {
        this.plans = plans;
        this.schedule = schedule;
        this.cadence = cadence;
        this.clock = clock;
    }

    void published(PlanPublished event, Instant at) {
        Optional<PlanCopy> known = plans.find(event.planId());
        if (known.isPresent() && known.get().version() >= event.version()) {
            log.atInfo().setMessage("Plan version already known, event ignored").addKeyValue("planId", event.planId())
                    .addKeyValue("version", event.version()).log();
            return;
        }
        PlanCopy plan = PlanCopy.of(event.plan());
        List<Notification> notifications = new ArrayList<>();
        for (Recipient recipient : plan.recipients()) {
            notifications.add(issued(plan, recipient, at));
        }
        notifications.addAll(reminders(plan, at));
        schedule.add(notifications);
        // last: if the database goes away while the schedule is written, the event is applied again in full
        plans.save(plan);
        log.atInfo().setMessage("Plan scheduled").addKeyValue("planId", plan.planId())
                .addKeyValue("planNumber", plan.number()).addKeyValue("recipients", plan.recipients().size())
                .addKeyValue("notifications", notifications.size()).log();
    }

    void amended(PlanAmended event, Instant at) {
        Optional<PlanCopy> known = plans.find(event.planId());
        if (known.isPresent() && known.get().version() >= event.version()) {
            log.atInfo().setMessage("Plan version already known, event ignored").addKeyValue("planId", event.planId())
                    .addKeyValue("version", event.version()).log();
            return;
        }
        PlanCopy plan = PlanCopy.of(event.plan());
        Map<String, Recipient> before = known.map(p -> byCode(p.recipients())).orElse(Map.of());
        Map<String, Recipient> after = byCode(plan.recipients());

        Set<String> keep = reminders(plan, Instant.MIN).stream().map(Notification::id).collect(Collectors.toSet());
        schedule.cancel(plan.planId(), null, null, NotificationKind.FROM_DEADLINE, keep,
                "rescheduled: plan amended to version " + plan.version());
        before.keySet().stream().filter(code -> !after.containsKey(code)).forEach(code ->
                schedule.cancel(plan.planId(), null, code, ALL_REMINDERS, Set.of(), "no longer a recipient"));

        List<Notification> notifications = new ArrayList<>(reminders(plan, at));
        Map<String, String> details = Map.of("reason", event.reason(), "changes",
                describe(event.changes(), plan, before));
        Map<String, Recipient> told = new LinkedHashMap<>(before);
        told.putAll(after);
        for (Recipient recipient : told.values()) {
            Addressee unit = Plans.toAddressee(recipient.unit());
            if (!before.containsKey(unit.code())) {
                notifications.add(issued(plan, recipient, at));
            }
            notifications.add(Notification.of(plan.ref(), 0, NotificationKind.PLAN_AMENDED, unit, unit, null, at,
                    details, clock.instant()));
        }
        schedule.add(notifications);
        plans.save(plan);
        log.atInfo().setMessage("Plan rescheduled").addKeyValue("planId", plan.planId())
                .addKeyValue("version", plan.version()).log();
    }

    void ended(PlanEnded event, NotificationKind kind, Instant at) {
        Optional<PlanCopy> known = plans.find(event.planId());
        String status = kind == NotificationKind.PLAN_CLOSED ? "CLOSED" : "CANCELLED";
        schedule.cancel(event.planId(), null, null, ALL_REMINDERS, Set.of(), "plan " + status.toLowerCase());
        if (known.isEmpty()) {
            log.atWarn().setMessage("Plan end for an unknown plan: nobody to tell").addKeyValue("planId", event.planId())
                    .log();
            return;
        }
        PlanCopy plan = known.get().withStatus(status);
        plans.save(plan);
        List<Notification> notices = new ArrayList<>();
        for (Recipient recipient : plans.recipientsOf(plan)) {
            Addressee unit = Plans.toAddressee(recipient.unit());
            notices.add(Notification.of(plan.ref(), 0, kind, unit, unit, null, at,
                    Map.of("reason", event.reason()), clock.instant()));
        }
        schedule.add(notices);
    }

    private Notification issued(PlanCopy plan, Recipient recipient, Instant at) {
        Addressee unit = Plans.toAddressee(recipient.unit());
        String role = recipient.mustReport()
                ? "Đơn vị thuộc diện phải báo cáo kết quả thực hiện theo từng đợt của kế hoạch."
                : "Kế hoạch gửi đơn vị để biết và phối hợp.";
        return Notification.of(plan.ref(), 0, NotificationKind.PLAN_ISSUED, unit, unit, null, at,
                Map.of("role", role), clock.instant());
    }

    /** The reminders of every unit that must report, for every phase, not before {@code notBefore}. */
    private List<Notification> reminders(PlanCopy plan, Instant notBefore) {
        PlanRef ref = plan.ref();
        List<Notification> reminders = new ArrayList<>();
        for (Recipient recipient : plan.recipients()) {
            if (!recipient.mustReport()) {
                continue;
            }
            Addressee unit = Plans.toAddressee(recipient.unit());
            Addressee parent = unit.parentCode() == null ? null : Plans.addressee(plan, unit.parentCode());
            for (PlanEvents.Phase phase : plan.phases()) {
                ZoneId zone = ZoneId.of(phase.timeZone() != null ? phase.timeZone() : plan.timeZone());
                reminders.addAll(cadence.remindersFor(ref, phase.number(), phase.reportDeadline(), zone, unit,
                        parent, notBefore, clock.instant()));
            }
        }
        return reminders;
    }

    private static Map<String, Recipient> byCode(List<Recipient> recipients) {
        Map<String, Recipient> map = new LinkedHashMap<>();
        recipients.forEach(r -> map.put(r.unit().code(), r));
        return map;
    }

    /** Units named by their names: an added one from the plan as amended, a removed one from the plan before. */
    static String describe(List<Change> changes, PlanCopy plan, Map<String, Recipient> before) {
        ZoneId zone = ZoneId.of(plan.timeZone());
        return changes.stream().map(change -> switch (String.valueOf(change.kind())) {
            case "DEADLINE_CHANGED" -> "- Hạn báo cáo đợt %s: %s → %s".formatted(change.phaseNumber(),
                    local(change.from(), zone), local(change.to(), zone));
            case "PHASE_ADDED" -> "- Bổ sung đợt %s".formatted(change.phaseNumber());
            case "RECIPIENT_ADDED" -> "- Bổ sung nơi nhận: " + Plans.addressee(plan, change.unitCode()).name();
            case "RECIPIENT_REMOVED" -> "- Bỏ nơi nhận: " + (before.containsKey(change.unitCode())
                    ? before.get(change.unitCode()).unit().name() : change.unitCode());
            default -> "- Điều chỉnh nội dung" + (change.field() != null ? " (" + change.field() + ")" : "");
        }).collect(Collectors.joining("\n"));
    }

    private static String local(String instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        try {
            return LOCAL.format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException notAnInstant) {
            return instant;
        }
    }
}
