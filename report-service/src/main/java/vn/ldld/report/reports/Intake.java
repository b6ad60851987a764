package vn.ldld.report.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.ldld.messaging.outbox.EventFactory;
import vn.ldld.report.idempotency.IdempotencyKey;
import vn.ldld.report.idempotency.IdempotencyKeyReusedException;
import vn.ldld.report.idempotency.IdempotencyProperties;
import vn.ldld.report.idempotency.InFlightRequests;
import vn.ldld.report.plan.PhaseView;
import vn.ldld.report.plan.PlanStatus;
import vn.ldld.report.plan.PlanView;
import vn.ldld.report.plan.PlanViews;
import vn.ldld.report.plan.UnitRef;
import vn.ldld.report.receipt.Receipt;
import vn.ldld.report.receipt.ReceiptNumbers;

/**
 * Takes in a submission: checks it against this service's plan view (no remote call), judges it on time or late
 * against the deadline in force, gives it a receipt number, and stores the report with its ReportSubmitted event in
 * one single-document write. A unique index keeps one report per plan, phase and unit, and one per idempotency key.
 */
@Service
public class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);
    static final String PATH = "/api/reports";

    private final PlanViews plans;
    private final Reports reports;
    private final ReceiptNumbers receipts;
    private final InFlightRequests inFlight;
    private final EventFactory events;
    private final Clock clock;
    private final Duration keyTtl;
    private final IntakeMetrics metrics;
    // canonical form of a request for its fingerprint: map keys sorted, so field order does not matter
    private final JsonMapper canonical = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    Intake(PlanViews plans, Reports reports, ReceiptNumbers receipts, InFlightRequests inFlight, EventFactory events,
           Clock clock, IdempotencyProperties idempotency, IntakeMetrics metrics) {
        this.plans = plans;
        this.reports = reports;
        this.receipts = receipts;
        this.inFlight = inFlight;
        this.events = events;
        this.clock = clock;
        this.keyTtl = idempotency.ttl();
        this.metrics = metrics;
    }

    /**
     * @param request the submission
     * @param unitCode the reporting unit, as {@link ReportAccess} established it from the caller's token
     * @param submittedBy who submits: the token's subject
     * @param key the caller-scoped idempotency key, or null
     * @throws IntakeRefusedException unknown plan or phase, plan not open, unit not addressed
     * @throws ReportInvalidException the content breaks the template
     * @throws DuplicateReportException the unit has reported already
     * @throws IdempotencyKeyReusedException the key was used for another request
     * @throws vn.ldld.report.idempotency.RequestInProgressException the same key is being processed
     */
    public Submission submit(SubmitReport request, String unitCode, String submittedBy, IdempotencyKey key) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            Submission submission = inFlight.exclusively(key,
                    () -> submitOnce(request, unitCode, submittedBy, key, true));
            outcome = submission.replayed() ? "replayed" : "accepted";
            return submission;
        } catch (RuntimeException e) {
            outcome = IntakeMetrics.outcomeOf(e);
            throw e;
        } finally {
            metrics.record(outcome, start);
        }
    }

    private Submission submitOnce(SubmitReport request, String unitCode, String submittedBy, IdempotencyKey key,
                                  boolean firstTry) {
        String fingerprint = key == null ? null
                : IdempotencyKey.fingerprint("POST", PATH, canonical.writeValueAsString(request));
        PlanView plan;
        PhaseView phase;
        UnitRef unit;
        TemplateCheck.Content content;
        try {
            plan = openPlan(request.planId(), unitCode);
            phase = plan.phase(request.phaseNumber()).orElseThrow(() -> new IntakeRefusedException(
                    IntakeRefusedException.Reason.PHASE_UNKNOWN, "phaseNumber",
                    "The plan has no phase " + request.phaseNumber()));
            unit = plan.mustReportUnit(unitCode).orElseThrow(() -> new IntakeRefusedException(
                    IntakeRefusedException.Reason.UNIT_NOT_ADDRESSED, "unitCode",
                    "Unit " + unitCode + " is not one of the units that must report on this plan"));
            content = TemplateCheck.check(plan, request.values(), request.narrative());
        } catch (IntakeRefusedException | ReportInvalidException refused) {
            // a retry of a request that was accepted before the plan changed still gets its original answer
            if (key != null) {
                Report earlier = reports.findByIdempotencyKey(key.scoped()).orElse(null);
                if (earlier != null && !expired(earlier)) {
                    return replay(earlier, fingerprint);
                }
            }
            throw refused;
        }

        Instant receivedAt = clock.instant();
        boolean onTime = !receivedAt.isAfter(phase.deadline());
        long lateSeconds = onTime ? 0 : (Duration.between(phase.deadline(), receivedAt).toMillis() + 999) / 1000;
        int year = receivedAt.atZone(ZoneId.of(plan.timeZone())).getYear();
        Receipt receipt = receipts.next(plan.issuer().code(), year);
        String id = UUID.randomUUID().toString();
        Report report = new Report(id, plan.planId(), plan.version(), phase.number(), unit, receipt.receivingUnitCode(),
                receipt.number(), receipt.year(), receivedAt, phase.deadline(), onTime, lateSeconds,
                ReportStatus.SUBMITTED, 1, 1, submittedBy, null,
                List.of(new Revision(1, content.values(), content.narrative(), submittedBy, receivedAt)),
                key == null ? "none/" + id : key.scoped(), fingerprint,
                key == null ? null : receivedAt.plus(keyTtl));
        try {
            reports.insert(report, List.of(events.create(ReportEvents.TOPIC, ReportEvents.SUBMITTED, id,
                    ReportEvents.ReportSubmitted.of(report))));
        } catch (DuplicateKeyException duplicate) {
            receipts.release(receipt);
            return resolveDuplicate(request, unitCode, submittedBy, key, fingerprint, firstTry);
        }
        if (!onTime) {
            metrics.late();
        }
        log.atInfo().setMessage("Report received").addKeyValue("reportId", id).addKeyValue("planId", plan.planId())
                .addKeyValue("phaseNumber", phase.number()).addKeyValue("unitCode", unitCode)
                .addKeyValue("receiptNumber", receipt.number()).addKeyValue("onTime", onTime).log();
        return new Submission(report, false);
    }

    private PlanView openPlan(String planId, String unitCode) {
        PlanView plan = plans.forUnit(planId, unitCode).orElseThrow(() -> new IntakeRefusedException(
                IntakeRefusedException.Reason.PLAN_UNKNOWN, "planId", "No published plan with id " + planId));
        if (plan.status() != PlanStatus.PUBLISHED) {
            throw new IntakeRefusedException(IntakeRefusedException.Reason.PLAN_NOT_OPEN, "planId",
                    "The plan is " + plan.status().name().toLowerCase() + " and takes no more reports");
        }
        if (!plan.hasContent()) {
            throw new IntakeRefusedException(IntakeRefusedException.Reason.PLAN_UNKNOWN, "planId",
                    "No published plan with id " + planId);
        }
        return plan;
    }

    private Submission resolveDuplicate(SubmitReport request, String unitCode, String submittedBy,
                                        IdempotencyKey key, String fingerprint, boolean firstTry) {
        if (key != null) {
            Report earlier = reports.findByIdempotencyKey(key.scoped()).orElse(null);
            if (earlier != null) {
                if (!expired(earlier)) {
                    return replay(earlier, fingerprint);
                }
                reports.forgetKey(earlier);
                if (firstTry) {
                    return submitOnce(request, unitCode, submittedBy, key, false);
                }
            }
        }
        Report existing = reports.findByUnit(request.planId(), request.phaseNumber(), unitCode)
                .orElseThrow(() -> new IllegalStateException("a unique index refused report for "
                        + request.planId() + "/" + request.phaseNumber() + "/" + unitCode + " but none is stored"));
        throw new DuplicateReportException(existing.id());
    }

    private Submission replay(Report earlier, String fingerprint) {
        if (!earlier.requestFingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException();
        }
        return new Submission(earlier, true);
    }

    private boolean expired(Report report) {
        return report.idempotencyExpiresAt() == null || !clock.instant().isBefore(report.idempotencyExpiresAt());
    }
}
