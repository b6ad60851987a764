package vn.ldld.notification.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.ldld.notification.plan.PlanCopy;
import vn.ldld.notification.plan.Plans;
import vn.ldld.notification.report.ReportEvents.ReportAccepted;
import vn.ldld.notification.report.ReportEvents.ReportReceived;
import vn.ldld.notification.report.ReportEvents.ReportReturned;
import vn.ldld.notification.schedule.Addressee;
import vn.ldld.notification.schedule.Cadence;
import vn.ldld.notification.schedule.Dispatcher;
import vn.ldld.notification.schedule.Notification;
import vn.ldld.notification.schedule.NotificationKind;
import vn.ldld.notification.schedule.PlanRef;
import vn.ldld.notification.schedule.Schedule;
import vn.ldld.notification.schedule.Schedule.Cancelling;
import vn.ldld.notification.schedule.Schedule.Subject;

/**
 * What a report event does: the unit's pending reminders for the phase cancelled, and the unit told (receipt with
 * its number, returned with the reason and a follow-up reminder, accepted).
 */
@Component
class ReportIntake {

    private static final Logger log = LoggerFactory.getLogger(ReportIntake.class);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

    private final Submissions submissions;
    private final Plans plans;
    private final Schedule schedule;
    private final Dispatcher dispatcher;
    private final Cadence cadence;
    private final Clock clock;

    ReportIntake(Submissions submissions, Plans plans, Schedule schedule, Dispatcher dispatcher, Cadence cadence,
                 Clock clock) {
        this.submissions = submissions;
        this.plans = plans;
        this.schedule = schedule;
        this.dispatcher = dispatcher;
        this.cadence = cadence;
        this.clock = clock;
    }

    void received(ReportReceived event, Instant at) {
        receivedAll(List.of(new Received(event, at)));
    }

    /** A report event and when it happened. */
    record Received(ReportReceived event, Instant at) {
    }

    /**
     * Several reports received (or revised), applied together as {@link #received} applies one: their statuses
     * recorded in one write, the pending reminders they answer read in one query, each plan read once (a plan whose
     * recipients are listed apart; one of v1 events is read for each unit, with that unit), and all their notices
     * sent and those reminders cancelled together ({@link Dispatcher#sendNow(List, List)}).
     */
    void receivedAll(List<Received> received) {
        submissions.recordAll(received.stream().map(r -> new Submissions.Status(r.event().planId(),
                r.event().phaseNumber(), r.event().unit().code(), "SUBMITTED", r.event().revision(),
                r.event().deadline(), r.at())).toList());
        // read now, cancelled in the write that stores the notices sent below
        List<Cancelling> answered = schedule.toCancelAll(received.stream().map(r -> new Subject(r.event().planId(),
                r.event().phaseNumber(), r.event().unit().code())).toList(), NotificationKind.ANSWERED_BY_REPORT,
                "the unit reported");
        Map<String, PlanCopy> listedPlans = new HashMap<>();
        List<Notification> notices = new ArrayList<>();
        for (Received r : received) {
            ReportReceived event = r.event();
            PlanCopy plan = listedPlans.get(event.planId());
            if (plan == null) {
                // the unit is named by the event: of the units listed apart, only those named below are read
                plan = plans.withoutListed(event.planId(), event.unit().code()).orElse(null);
                if (plan != null && plan.recipientsListed()) {
                    listedPlans.put(event.planId(), plan);
                }
            }
            notices.addAll(notices(event, r.at(), plan));
        }
        // due at once: sent now, together, rather than stored PENDING for a pass to find, claim and mark
        dispatcher.sendNow(notices, answered);
    }

    /** The unit's receipt, and the parent's notice of a report to review. */
    private List<Notification> notices(ReportReceived event, Instant at, PlanCopy plan) {
        PlanRef ref = ref(plan, event.planId());
        ZoneId zone = ZoneId.of(ref.timeZone());
        Addressee unit = new Addressee(event.unit().code(), event.unit().name(), event.unit().shortName(),
                event.unit().kind(), event.unit().parentCode());
        Optional<String> reviewer = plan == null ? Optional.empty()
                : plan.parentReviewerOf(unit.code(), unit.parentCode());
        // the receiving unit is named as the plan read for the reporting unit names it: itself, or the issuer
        String receiving = String.valueOf(event.receivingUnitCode());
        boolean receivedByItself = receiving.equals(unit.code());
        Set<String> toName = new LinkedHashSet<>();
        reviewer.ifPresent(toName::add);
        if (receivedByItself) {
            toName.add(receiving);
        }
        Map<String, Addressee> named = plans.addresseesIn(plan, toName);
        Map<String, String> details = Map.of(
                "receiptNumber", String.valueOf(event.receiptNumber()),
                "receiptYear", String.valueOf(event.receiptYear()),
                "receivingUnitName", (receivedByItself ? named.get(receiving)
                        : Plans.addressee(plan, receiving)).name(),
                "received", received(event),
                "receivedAt", local(event.revision() > 1 && event.revisedAt() != null ? event.revisedAt()
                        : event.receivedAt(), zone),
                "timeliness", timeliness(event, zone));
        List<Notification> notices = new ArrayList<>();
        notices.add(Notification.of(ref, event.phaseNumber(), NotificationKind.REPORT_RECEIVED, unit, unit,
                event.deadline(), at, details, clock.instant()));
        reviewer.ifPresent(parent -> notices.add(toReview(ref, event, named.get(parent), unit, details, at)));
        return notices;
    }

    /**
     * The parent unit that reviews the report (a plan reviewed by the parent) is told of each submission and each
     * revision, in its inbox and on its channels (its e-mail). One notice per revision: the due time is the
     * reception of that revision.
     */
    private Notification toReview(PlanRef ref, ReportReceived event, Addressee parent, Addressee unit,
                                  Map<String, String> details, Instant at) {
        Map<String, String> withRevision = new HashMap<>(details);
        withRevision.put("revision", Integer.toString(event.revision()));
        withRevision.put("reportId", String.valueOf(event.reportId()));
        return Notification.of(ref, event.phaseNumber(), NotificationKind.REPORT_TO_REVIEW, parent, unit,
                event.deadline(), at, withRevision, clock.instant());
    }

    /** What was received: the report, or which revision of it (the console numbers them "Lần gửi" 1, 2, ...). */
    private static String received(ReportReceived event) {
        if (event.revision() <= 1) {
            return "báo cáo";
        }
        return ("RESUBMITTED".equals(event.status()) ? "báo cáo bổ sung, chỉnh sửa (lần gửi thứ %d)"
                : "báo cáo điều chỉnh (lần gửi thứ %d)").formatted(event.revision());
    }

    /** Judged once, when the report was first received; a revision repeats when that was. */
    private static String timeliness(ReportReceived event, ZoneId zone) {
        boolean late = Boolean.FALSE.equals(event.onTime()) && event.deadline() != null;
        String verdict = late ? "chậm so với hạn (trước %s)".formatted(local(event.deadline(), zone)) : "đúng hạn";
        return event.revision() > 1 && event.receivedAt() != null
                ? "Báo cáo lần đầu nhận lúc %s, %s.".formatted(local(event.receivedAt(), zone), verdict)
                : "Báo cáo gửi " + verdict + ".";
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }

    void returned(ReportReturned event, Instant at) {
        Submission submission = submissions.record(event.planId(), event.phaseNumber(), event.unitCode(), "RETURNED",
                event.revision(), null, at);
        PlanCopy plan = plans.forUnit(event.planId(), event.unitCode()).orElse(null);
        PlanRef ref = ref(plan, event.planId());
        Addressee unit = Plans.addressee(plan, event.unitCode());
        Instant deadline = submission.deadline() != null ? submission.deadline()
                : Plans.deadline(plan, event.phaseNumber()).orElse(null);
        Map<String, String> details = Map.of("reason", event.reason(), "revision",
                Integer.toString(event.revision()));
        List<Notification> notifications = new ArrayList<>();
        notifications.add(Notification.of(ref, event.phaseNumber(), NotificationKind.REPORT_RETURNED, unit, unit,
                deadline, at, details, clock.instant()));
        if (deadline != null) {
            Instant returnedAt = event.returnedAt() != null ? event.returnedAt() : at;
            notifications.add(Notification.of(ref, event.phaseNumber(), NotificationKind.RETURNED_FOLLOW_UP, unit,
                    unit, deadline, cadence.returnedFollowUpAt(event.planId(), returnedAt), details,
                    clock.instant()));
        } else {
            log.atWarn().setMessage("Returned report of an unknown plan and phase: no follow-up reminder")
                    .addKeyValue("planId", event.planId()).addKeyValue("phaseNumber", event.phaseNumber()).log();
        }
        schedule.add(notifications);
    }

    void accepted(ReportAccepted event, Instant at) {
        submissions.record(event.planId(), event.phaseNumber(), event.unitCode(), "ACCEPTED", event.revision(), null,
                at);
        schedule.cancel(event.planId(), event.phaseNumber(), event.unitCode(), NotificationKind.ANSWERED_BY_REPORT,
                Set.of(), "report accepted");
        PlanCopy plan = plans.forUnit(event.planId(), event.unitCode()).orElse(null);
        Addressee unit = Plans.addressee(plan, event.unitCode());
        schedule.add(List.of(Notification.of(ref(plan, event.planId()), event.phaseNumber(),
                NotificationKind.REPORT_ACCEPTED, unit, unit, null, at, Map.of(), clock.instant())));
    }

    private static PlanRef ref(PlanCopy plan, String planId) {
        return plan != null ? plan.ref() : new PlanRef(planId, planId, "", DEFAULT_ZONE, null);
    }
}
