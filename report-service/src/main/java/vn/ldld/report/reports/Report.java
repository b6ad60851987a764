package vn.ldld.report.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.ldld.report.plan.PhaseView;
import vn.ldld.report.plan.PlanStatus;
import vn.ldld.report.plan.PlanView;
import vn.ldld.report.plan.UnitRef;
import vn.ldld.report.receipt.Receipt;
import vn.ldld.web.ApiError;

/**
 * A unit's report for one phase of one plan: one per plan, phase and unit. The receipt, the reception time, the
 * deadline it was judged against and the verdict at receipt never change after the submission (a later deadline
 * set by an amendment may judge it again: {@link #timeliness()}); the content changes by
 * revisions, all kept; province staff (or, for a plan reviewed by the parent, the staff of the unit's parent) accept it
 * or return it for revision, every decision kept with its level. The report decides each change: it
 * refuses what its status does not allow, takes a new version and raises the event that tells the other services,
 * which {@link ReportStore} stores with it in one write.
 */
@Document("reports")
public class Report {

    /** Where the API serves a report. */
    public static final String LOCATION = "/api/reports/{id}";

    @Id
    private String id;
    private String planId;
    private long planVersion;
    private int phaseNumber;
    private UnitRef unit;
    private String receivingUnitCode;
    private long receiptNumber;
    private int receiptYear;
    private Instant receivedAt;
    private Instant deadline;
    private boolean onTime;
    private long lateSeconds;
    /** Written by {@link DeadlineExtensions} only, never by a save of the report read before it. */
    @ReadOnlyProperty
    private Extension extension;
    private ReportStatus status;
    private int revision;
    private long version;
    private String submittedBy;
    private Review lastReview;
    private List<Review> reviews;
    private List<Revision> revisions;
    @Transient
    private final List<ReportEvents.Raised> raised = new ArrayList<>();

    private Report() {
    }

    /**
     * A unit's submission received at {@code receivedAt}: on time iff received at or before the phase's deadline in
     * force, numbered by {@code receipt}; version 1, and ReportSubmitted raised.
     */
    static Report submit(String id, PlanView plan, PhaseView phase, UnitRef unit, Receipt receipt,
                         TemplateCheck.Content content, String submittedBy, Instant receivedAt) {
        Report report = new Report();
        report.id = id;
        report.planId = plan.planId();
        report.planVersion = plan.version();
        report.phaseNumber = phase.number();
        report.unit = unit;
        report.receivingUnitCode = receipt.receivingUnitCode();
        report.receiptNumber = receipt.number();
        report.receiptYear = receipt.year();
        report.receivedAt = receivedAt;
        report.deadline = phase.deadline();
        Timeliness verdict = Timeliness.atReceipt(receivedAt, phase.deadline());
        report.onTime = verdict.onTime();
        report.lateSeconds = verdict.lateSeconds();
        report.status = ReportStatus.SUBMITTED;
        report.submittedBy = submittedBy;
        report.revisions = new ArrayList<>();
        report.append(content, submittedBy, receivedAt);
        report.changed(ReportEvents.SUBMITTED, ReportEvents.ReportSubmitted.of(report));
        return report;
    }

    /**
     * A new revision with the whole new content, while the report is not accepted and its plan is open; a returned
     * report becomes resubmitted. Raises ReportRevised.
     *
     * @param plan the plan view as it stands, empty when none is known
     * @throws ReportStatusConflictException the report is accepted
     * @throws PlanNotOpenException the plan is closed or cancelled
     * @throws ReportInvalidException the content breaks the template
     */
    void revise(Optional<PlanView> plan, ReportContent sent, String revisedBy, Instant at) {
        if (!status.revisable()) {
            throw new ReportStatusConflictException(status, "An accepted report cannot be revised");
        }
        PlanView open = plan.filter(p -> p.status() == PlanStatus.PUBLISHED && p.hasContent())
                .orElseThrow(() -> new PlanNotOpenException(
                        "The plan is closed or cancelled: its reports can no longer be revised"));
        append(TemplateCheck.check(open, sent), revisedBy, at);
        if (status == ReportStatus.RETURNED) {
            status = ReportStatus.RESUBMITTED;
        }
        changed(ReportEvents.REVISED, ReportEvents.ReportRevised.of(this));
    }

    /** Province staff accept the report as it stands. Raises ReportAccepted. */
    void accept(String reviewer, Instant at) {
        accept(new Reviewer(reviewer, ReviewLevel.PROVINCE, receivingUnitCode), at);
    }

    /**
     * The reviewer (province staff, or the parent unit's staff for a plan reviewed by the parent) accepts the report
     * as it stands; the decision is kept in the history of its level. Raises ReportAccepted.
     */
    void accept(Reviewer by, Instant at) {
        requireAwaitingReview();
        status = ReportStatus.ACCEPTED;
        reviewed(new Review("ACCEPTED", by.subject(), at, null, revision, by.level(), by.unitCode()));
        changed(ReportEvents.ACCEPTED, ReportEvents.ReportAccepted.of(this));
    }

    /** Province staff return the report to its unit for revision, saying why. Raises ReportReturned. */
    void returnFor(String reason, String reviewer, Instant at) {
        returnFor(reason, new Reviewer(reviewer, ReviewLevel.PROVINCE, receivingUnitCode), at);
    }

    /** The reviewer returns the report to its unit for revision, saying why. Raises ReportReturned. */
    void returnFor(String reason, Reviewer by, Instant at) {
        requireReason(reason);
        requireAwaitingReview();
        status = ReportStatus.RETURNED;
        reviewed(new Review("RETURNED", by.subject(), at, reason, revision, by.level(), by.unitCode()));
        changed(ReportEvents.RETURNED, ReportEvents.ReportReturned.of(this));
    }

    private void reviewed(Review review) {
        lastReview = review;
        List<Review> all = reviews == null ? new ArrayList<>() : new ArrayList<>(reviews);
        all.add(review);
        reviews = all;
    }

    /** @throws ReportInvalidException without a reason to return a report */
    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReportInvalidException(List.of(new ApiError("reason", "required to return a report")));
        }
    }

    private void requireAwaitingReview() {
        if (!status.awaitingReview()) {
            throw new ReportStatusConflictException(status,
                    "Only a submitted or resubmitted report can be reviewed; this one is " + status);
        }
    }

    private void append(TemplateCheck.Content content, String by, Instant at) {
        revision = revisions.size() + 1;
        List<Revision> all = new ArrayList<>(revisions);
        all.add(new Revision(revision, content.values(), content.narrative(), by, at));
        revisions = all;
    }

    /** Every change is one new version and one event. */
    private void changed(String type, Object event) {
        version++;
        raised.add(new ReportEvents.Raised(type, event));
    }

    /** The events raised since the report was stored, oldest first. */
    List<ReportEvents.Raised> raised() {
        return List.copyOf(raised);
    }

    /** The version stored: the current one less one per event raised since. */
    long storedVersion() {
        return version - raised.size();
    }

    /** Called once the report and its events are stored. */
    void stored() {
        raised.clear();
    }

    public String id() {
        return id;
    }

    public String planId() {
        return planId;
    }

    /** Plan version in force when the report was received. */
    public long planVersion() {
        return planVersion;
    }

    public int phaseNumber() {
        return phaseNumber;
    }

    /** The reporting unit as the plan named it. */
    public UnitRef unit() {
        return unit;
    }

    /** The unit that received it (the plan's issuer). */
    public String receivingUnitCode() {
        return receivingUnitCode;
    }

    /** Receipt number (số đến) in the receiving unit's register. */
    public long receiptNumber() {
        return receiptNumber;
    }

    /** Year of that register. */
    public int receiptYear() {
        return receiptYear;
    }

    /** When the submission was received (server clock). */
    public Instant receivedAt() {
        return receivedAt;
    }

    /** The deadline in force at that moment, the one it was first judged against. */
    public Instant deadline() {
        return deadline;
    }

    /** Whether {@code receivedAt <= deadline}: the verdict at receipt. */
    public boolean onTime() {
        return onTime;
    }

    /** How late at receipt, 0 when on time. */
    public long lateSeconds() {
        return lateSeconds;
    }

    /** Whether it is on time now, and against which deadline: the verdict at receipt, or after an extension. */
    public Timeliness timeliness() {
        Timeliness atReceipt = new Timeliness(onTime, onTime, deadline, deadline, null, lateSeconds);
        return atReceipt.extendedTo(receivedAt, extension);
    }

    public ReportStatus status() {
        return status;
    }

    /** Current revision number. */
    public int revision() {
        return revision;
    }

    /** 1 at submission, +1 for every change: the ETag. */
    public long version() {
        return version;
    }

    /** Who submitted it first. */
    public String submittedBy() {
        return submittedBy;
    }

    /** The last review decision, or null. */
    public Review lastReview() {
        return lastReview;
    }

    /**
     * Every review decision, oldest first, at every level (who, which unit, when, the reason of a return); empty
     * before the first decision (and for decisions stored before the history existed, see {@link #lastReview()}).
     */
    public List<Review> reviews() {
        return reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** Every revision, oldest first; null when the report was read for a list. */
    public List<Revision> revisions() {
        return revisions == null ? null : List.copyOf(revisions);
    }

    /** The current revision. */
    public Revision current() {
        return revisions.get(revisions.size() - 1);
    }
}
