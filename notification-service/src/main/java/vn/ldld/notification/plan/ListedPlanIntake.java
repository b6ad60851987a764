package vn.ldld.notification.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.ldld.notification.plan.PlanEvents.PlanAmended;
import vn.ldld.notification.plan.PlanEvents.PlanPublished;
import vn.ldld.notification.plan.PlanEvents.Recipient;
import vn.ldld.notification.plan.PlanEvents.RecipientsListed;
import vn.ldld.notification.schedule.Addressee;
import vn.ldld.notification.schedule.Cadence;
import vn.ldld.notification.schedule.Notification;
import vn.ldld.notification.schedule.NotificationKind;
import vn.ldld.notification.schedule.Schedule;

/**
 * What the v2 plan events do to the schedule, their recipients following in chunks: the plan event keeps the plan
 * (and an amendment cancels the reminders its new deadlines no longer give, whatever the unit); each chunk tells its
 * units and schedules their reminders, in one bulk write; the last chunk of a version cancels the reminders of the
 * units it no longer lists. As for v1 events, every effect is keyed on natural keys and the mark that an effect was
 * applied (the plan's copy, a unit's recipient document) is written after it.
 */
@Component
class ListedPlanIntake {

    private static final Logger log = LoggerFactory.getLogger(ListedPlanIntake.class);
    private static final Set<NotificationKind> ALL_REMINDERS = EnumSet.copyOf(NotificationKind.ANSWERED_BY_REPORT);
    /** Lines of changes told in a PLAN_AMENDED notice; the rest is counted. */
    private static final int CHANGES_TOLD = 20;

    private final Plans plans;
    private final PlanRecipients recipients;
    private final Schedule schedule;
    private final Cadence cadence;
    private final Clock clock;

    ListedPlanIntake(Plans plans, PlanRecipients recipients, Schedule schedule, Cadence cadence, Clock clock) {
        this.plans = plans;
        this.recipients = recipients;
        this.schedule = schedule;
        this.cadence = cadence;
        this.clock = clock;
    }

    void published(PlanPublished event, Instant at) {
        if (known(event.planId(), event.version()).isPresent()) {
            return;
        }
        PlanCopy plan = PlanCopy.listed(event.plan());
        plans.save(plan);
        if (event.plan().recipientSummary().chunks() == 0) {
            dropUnlisted(plan);
        }
        log.atInfo().setMessage("Plan kept, its recipients to follow").addKeyValue("planId", plan.planId())
                .addKeyValue("version", plan.version())
                .addKeyValue("mustReport", event.plan().recipientSummary().mustReport()).log();
    }

    void amended(PlanAmended event, Instant at) {
        Optional<PlanCopy> before = plans.find(event.planId());
        if (known(event.planId(), event.version()).isPresent()) {
            return;
        }
        PlanCopy listed = PlanCopy.listed(event.plan());
        Set<Schedule.Slot> slots = Set.copyOf(slots(listed));
        boolean kept = before.map(previous -> Set.copyOf(slots(previous)).equals(slots)).orElse(false);
        PlanCopy plan = listed.amending(Map.of("reason", String.valueOf(event.reason()),
                "changes", describe(event, listed)), kept);
        // units of a plan known from v1 events: kept apart at their version, until the last chunk says who stays
        before.filter(v1 -> !v1.recipientsListed())
                .ifPresent(v1 -> recipients.list(v1.planId(), v1.version(), v1.recipients()));
        if (!kept) {
            schedule.cancelOutside(plan.planId(), NotificationKind.FROM_DEADLINE, slots,
                    "rescheduled: plan amended to version " + plan.version());
        }
        plans.save(plan);
        if (event.plan().recipientSummary().chunks() == 0) {
            dropUnlisted(plan);
        }
        log.atInfo().setMessage("Plan rescheduled, its recipients to follow").addKeyValue("planId", plan.planId())
                .addKeyValue("version", plan.version()).log();
    }

    void listed(RecipientsListed chunk, Instant at) {
        Optional<PlanCopy> known = plans.find(chunk.planId());
        if (known.isEmpty() || known.get().version() > chunk.version()) {
            log.atWarn().setMessage("Recipients of an unknown or older plan version ignored")
                    .addKeyValue("planId", chunk.planId()).addKeyValue("version", chunk.version()).log();
            return;
        }
        PlanCopy plan = known.get();
        Map<String, PlanRecipients.Listed> before = recipients.listed(plan.planId(),
                chunk.recipients().stream().map(r -> r.unit().code()).toList());
        Map<String, Addressee> parents = parents(plan, chunk.recipients());
        List<Notification> notifications = new ArrayList<>();
        List<String> noLongerReporting = new ArrayList<>();
        for (Recipient recipient : chunk.recipients()) {
            Addressee unit = Plans.toAddressee(recipient.unit());
            PlanRecipients.Listed earlier = before.get(unit.code());
            boolean remindedAlready = earlier != null && earlier.recipient().mustReport() && plan.remindersKept();
            if (earlier == null) {
                notifications.add(issued(plan, recipient, at));
            }
            if (plan.amendment() != null) {
                notifications.add(amendedNotice(plan, unit, at));
            }
            if (recipient.mustReport() && !remindedAlready) {
                notifications.addAll(reminders(plan, unit, parents.get(unit.parentCode()), at));
            } else if (!recipient.mustReport() && earlier != null && earlier.recipient().mustReport()) {
                noLongerReporting.add(unit.code());
            }
        }
        schedule.cancelOf(plan.planId(), noLongerReporting, ALL_REMINDERS, "informed only from version "
                + chunk.version());
        schedule.add(notifications);
        // after the schedule: a chunk cut short is applied again in full, its new units still new
        recipients.list(plan.planId(), chunk.version(), chunk.recipients());
        if (chunk.last()) {
            dropUnlisted(plan, at);
        }
        log.atInfo().setMessage("Plan recipients scheduled").addKeyValue("planId", plan.planId())
                .addKeyValue("version", chunk.version()).addKeyValue("chunk", chunk.chunk())
                .addKeyValue("chunks", chunk.chunks()).addKeyValue("notifications", notifications.size()).log();
    }

    private Optional<PlanCopy> known(String planId, int version) {
        Optional<PlanCopy> known = plans.find(planId).filter(plan -> plan.version() >= version);
        known.ifPresent(plan -> log.atInfo().setMessage("Plan version already known, event ignored")
                .addKeyValue("planId", planId).addKeyValue("version", version).log());
        return known;
    }

    private void dropUnlisted(PlanCopy plan) {
        dropUnlisted(plan, clock.instant());
    }

    /** The units no chunk of the plan's version lists: their reminders cancelled, told of the amendment, forgotten. */
    private void dropUnlisted(PlanCopy plan, Instant at) {
        List<Recipient> dropped = recipients.olderThan(plan.planId(), plan.version());
        if (dropped.isEmpty()) {
            return;
        }
        schedule.cancelOf(plan.planId(), dropped.stream().map(r -> r.unit().code()).toList(), ALL_REMINDERS,
                "no longer a recipient");
        if (plan.amendment() != null) {
            schedule.add(dropped.stream().map(r -> amendedNotice(plan, Plans.toAddressee(r.unit()), at)).toList());
        }
        recipients.dropOlderThan(plan.planId(), plan.version());
        log.atInfo().setMessage("Recipients no longer listed").addKeyValue("planId", plan.planId())
                .addKeyValue("version", plan.version()).addKeyValue("count", dropped.size()).log();
    }

    /** The parents of the chunk's units, for their escalations: listed with them, listed before, or the issuer. */
    private Map<String, Addressee> parents(PlanCopy plan, List<Recipient> chunk) {
        Map<String, Addressee> parents = new HashMap<>();
        Set<String> codes = chunk.stream().map(r -> r.unit().parentCode()).filter(code -> code != null)
                .collect(Collectors.toSet());
        chunk.stream().filter(r -> codes.contains(r.unit().code()))
                .forEach(r -> parents.put(r.unit().code(), Plans.toAddressee(r.unit())));
        recipients.listed(plan.planId(), codes.stream().filter(code -> !parents.containsKey(code)).toList())
                .forEach((code, listed) -> parents.put(code, Plans.toAddressee(listed.unit())));
        codes.forEach(code -> parents.computeIfAbsent(code, c -> Plans.addressee(plan, c)));
        return parents;
    }

    private List<Notification> reminders(PlanCopy plan, Addressee unit, Addressee parent, Instant notBefore) {
        List<Notification> reminders = new ArrayList<>();
        for (PlanEvents.Phase phase : plan.phases()) {
            ZoneId zone = ZoneId.of(phase.timeZone() != null ? phase.timeZone() : plan.timeZone());
            reminders.addAll(cadence.remindersFor(plan.ref(), phase.number(), phase.reportDeadline(), zone, unit,
                    parent, notBefore, clock.instant()));
        }
        return reminders;
    }

    /** When the reminders of the plan's phases are due, for any unit: those kept when an amendment reschedules. */
    private List<Schedule.Slot> slots(PlanCopy plan) {
        Addressee anyUnit = Addressee.known("*");
        return reminders(plan, anyUnit, Addressee.known("*parent"), Instant.MIN).stream().map(Schedule.Slot::of)
                .distinct().toList();
    }

    private Notification issued(PlanCopy plan, Recipient recipient, Instant at) {
        Addressee unit = Plans.toAddressee(recipient.unit());
        String role = recipient.mustReport()
                ? "Đơn vị thuộc diện phải báo cáo kết quả thực hiện theo từng đợt của kế hoạch."
                : "Kế hoạch gửi đơn vị để biết và phối hợp.";
        return Notification.of(plan.ref(), 0, NotificationKind.PLAN_ISSUED, unit, unit, null, at,
                Map.of("role", role), clock.instant());
    }

    private Notification amendedNotice(PlanCopy plan, Addressee unit, Instant at) {
        return Notification.of(plan.ref(), 0, NotificationKind.PLAN_AMENDED, unit, unit, null, at, plan.amendment(),
                clock.instant());
    }

    /** The changes in Vietnamese as v1 amendments tell them, at most {@value #CHANGES_TOLD} lines. */
    private static String describe(PlanAmended event, PlanCopy plan) {
        List<PlanEvents.Change> changes = event.changes() == null ? List.of() : event.changes();
        String told = PlanIntake.describe(changes.subList(0, Math.min(CHANGES_TOLD, changes.size())), plan, Map.of());
        return changes.size() <= CHANGES_TOLD ? told
                : told + "\n- … và " + (changes.size() - CHANGES_TOLD) + " thay đổi khác";
    }
}
