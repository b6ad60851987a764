package vn.ldld.report.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.ldld.report.plan.PlanReviewLevels;
import vn.ldld.report.plan.PlanViews;

/**
 * What happens to a report after intake: the unit revises it, province staff (or, for a plan reviewed by the parent,
 * the parent unit's staff) accept it or return it for revision.
 * The report decides each change ({@link Report#revise}, {@link Report#accept}, {@link Report#returnFor}); this
 * reads it, checks the version the client read and stores the change with its event in one optimistic write.
 */
@Service
public class ReportWorkflow {

    private static final Logger log = LoggerFactory.getLogger(ReportWorkflow.class);

    private final ReportStore reports;
    private final PlanViews plans;
    private final PlanReviewLevels reviewLevels;
    private final Clock clock;

    ReportWorkflow(ReportStore reports, PlanViews plans, PlanReviewLevels reviewLevels, Clock clock) {
        this.reports = reports;
        this.plans = plans;
        this.reviewLevels = reviewLevels;
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
    public Report revise(String id, Long expectedVersion, ReportContent content, String revisedBy,
                         Consumer<Report> mayRevise) {
        Report report = change(id, expectedVersion, mayRevise, r -> r.revise(
                plans.forUnit(r.planId(), r.unit().code()), content, revisedBy, now()));
        log.atInfo().setMessage("Report revised").addKeyValue("reportId", id).addKeyValue("revision",
                report.revision()).addKeyValue("status", report.status()).log();
        return report;
    }

    /**
     * Accepts the report as it stands, by the reviewer {@code reviewerOf} decides from the report and the level that
     * reviews its plan (it throws when the caller may not review it; checked before anything else about it).
     */
    public Report accept(String id, Long expectedVersion, ReviewerOf reviewerOf) {
        return reviewed(decide(id, expectedVersion, reviewerOf, (r, by) -> r.accept(by, now())));
    }

    /** Returns the report to its unit for revision, by the reviewer {@code reviewerOf} decides. */
    public Report returnForRevision(String id, Long expectedVersion, ReviewerOf reviewerOf, String reason) {
        Report.requireReason(reason);
        return reviewed(decide(id, expectedVersion, reviewerOf,
                (r, by) -> r.returnFor(reason, by, now())));
    }

    /** Decides who reviews a report: see {@link ReportAccess#reviewer}. */
    @FunctionalInterface
    public interface ReviewerOf {
        Reviewer of(Report report, PlanReview planReview);
    }

    private PlanReview planReview(Report report) {
        boolean issuedByTopUnit = plans.forUnit(report.planId(), report.unit().code())
                .map(plan -> plan.issuer() == null || plan.issuer().parentCode() == null).orElse(true);
        return new PlanReview(ReviewLevel.ofPlan(reviewLevels.of(report.planId())), issuedByTopUnit);
    }

    private Report decide(String id, Long expectedVersion, ReviewerOf reviewerOf,
                          BiConsumer<Report, Reviewer> decision) {
        Report report = get(id);
        Reviewer by = reviewerOf.of(report, planReview(report));
        return store(report, expectedVersion, r -> decision.accept(r, by));
    }

    private Report change(String id, Long expectedVersion, Consumer<Report> mayChange, Consumer<Report> transition) {
        Report report = get(id);
        mayChange.accept(report);
        return store(report, expectedVersion, transition);
    }

    private Report store(Report report, Long expectedVersion, Consumer<Report> transition) {
        if (expectedVersion != null && report.version() != expectedVersion) {
            throw new ReportVersionMismatchException(report.version());
        }
        transition.accept(report);
        reports.save(report);
        return report;
    }

    private static Report reviewed(Report report) {
        log.atInfo().setMessage("Report reviewed").addKeyValue("reportId", report.id())
                .addKeyValue("status", report.status()).addKeyValue("reviewer", report.lastReview().reviewer())
                .addKeyValue("reviewLevel", report.lastReview().level()).log();
        return report;
    }

    /** The store keeps milliseconds: every time taken is truncated to them, so answers, reads and events agree. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
