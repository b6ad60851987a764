package vn.ldld.report.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.ldld.messaging.outbox.EventFactory;
import vn.ldld.messaging.outbox.OutboxEvent;
import vn.ldld.report.plan.PlanStatus;
import vn.ldld.report.plan.PlanView;
import vn.ldld.report.plan.PlanViews;

/**
 * What happens to a report after intake: the unit revises it (while submitted or returned and the plan is open),
 * province staff accept it or return it for revision. Each change is one optimistic write of the report and its
 * event; a change based on a stale version is refused.
 */
@Service
public class ReportWorkflow {

    private static final Logger log = LoggerFactory.getLogger(ReportWorkflow.class);

    private final Reports reports;
    private final PlanViews plans;
    private final EventFactory events;
    private final Clock clock;

    ReportWorkflow(Reports reports, PlanViews plans, EventFactory events, Clock clock) {
        this.reports = reports;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /** The report. */
    public Report get(String id) {
        return reports.find(id).orElseThrow(() -> new ReportNotFoundException(id));
    }

    /**
     * Makes a new revision.
     *
     * @param expectedVersion the version the client read, null for any
     * @param revisedBy who revises (the token's subject)
     * @param mayRevise throws when the caller may not change this report; checked before anything else about it
     */
    public Report revise(String id, Long expectedVersion, ReviseReport request, String revisedBy,
                         Consumer<Report> mayRevise) {
        Report report = current(id, expectedVersion, mayRevise);
        if (!report.status().revisable()) {
            throw new ReportStatusConflictException(report.status(), "An accepted report cannot be revised");
        }
        PlanView plan = plans.forUnit(report.planId(), report.unit().code())
                .filter(p -> p.status() == PlanStatus.PUBLISHED && p.hasContent())
                .orElseThrow(() -> new IntakeRefusedException(IntakeRefusedException.Reason.PLAN_NOT_OPEN, "planId",
                        "The plan is closed or cancelled: its reports can no longer be revised"));
        TemplateCheck.Content content = TemplateCheck.check(plan, request.values(), request.narrative());
        Instant now = clock.instant();
        Revision next = new Revision(report.revision() + 1, content.values(), content.narrative(), revisedBy, now);
        ReportStatus status = report.status() == ReportStatus.RETURNED ? ReportStatus.RESUBMITTED : report.status();
        Report revised = report.revised(next, status);
        Update update = new Update().set("status", status).set("revision", next.number())
                .set("version", revised.version()).push("revisions", next);
        write(report, update, events.create(ReportEvents.TOPIC, ReportEvents.REVISED, id,
                ReportEvents.ReportRevised.of(revised)));
        log.atInfo().setMessage("Report revised").addKeyValue("reportId", id).addKeyValue("revision", next.number())
                .addKeyValue("status", status).log();
        return revised;
    }

    /** Accepts the report as it stands. */
    public Report accept(String id, Long expectedVersion, String reviewer) {
        Report report = awaitingReview(id, expectedVersion);
        Report accepted = report.reviewed(ReportStatus.ACCEPTED,
                new Review("ACCEPTED", reviewer, clock.instant(), null, report.revision()));
        review(report, accepted, events.create(ReportEvents.TOPIC, ReportEvents.ACCEPTED, id,
                ReportEvents.ReportAccepted.of(accepted)));
        return accepted;
    }

    /** Returns the report to its unit for revision. */
    public Report returnForRevision(String id, Long expectedVersion, String reviewer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReportInvalidException(List.of(new Violation("reason", "required to return a report")));
        }
        Report report = awaitingReview(id, expectedVersion);
        Report returned = report.reviewed(ReportStatus.RETURNED,
                new Review("RETURNED", reviewer, clock.instant(), reason, report.revision()));
        review(report, returned, events.create(ReportEvents.TOPIC, ReportEvents.RETURNED, id,
                ReportEvents.ReportReturned.of(returned)));
        return returned;
    }

    private Report awaitingReview(String id, Long expectedVersion) {
        Report report = current(id, expectedVersion, r -> { });
        if (!report.status().awaitingReview()) {
            throw new ReportStatusConflictException(report.status(),
                    "Only a submitted or resubmitted report can be reviewed; this one is " + report.status());
        }
        return report;
    }

    private void review(Report before, Report after, OutboxEvent event) {
        write(before, new Update().set("status", after.status()).set("version", after.version())
                .set("lastReview", after.lastReview()), event);
        log.atInfo().setMessage("Report reviewed").addKeyValue("reportId", after.id())
                .addKeyValue("status", after.status()).addKeyValue("reviewer", after.lastReview().reviewer()).log();
    }

    private Report current(String id, Long expectedVersion, Consumer<Report> mayChange) {
        Report report = get(id);
        mayChange.accept(report);
        if (expectedVersion != null && report.version() != expectedVersion) {
            throw new ReportVersionMismatchException(report.version());
        }
        return report;
    }

    private void write(Report before, Update update, OutboxEvent event) {
        if (!reports.change(before.id(), before.version(), update, List.of(event))) {
            throw new ReportVersionMismatchException(get(before.id()).version());
        }
    }
}
