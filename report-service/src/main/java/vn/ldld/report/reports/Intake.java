package vn.ldld.report.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.ldld.report.idempotency.IdempotencyKey;
import vn.ldld.report.idempotency.IdempotencyProperties;
import vn.ldld.report.idempotency.InFlightRequests;
import vn.ldld.report.idempotency.StoredKey;
import vn.ldld.report.plan.PhaseView;
import vn.ldld.report.plan.PlanStatus;
import vn.ldld.report.plan.PlanView;
import vn.ldld.report.plan.PlanViews;
import vn.ldld.report.plan.UnitRef;
import vn.ldld.report.receipt.Receipt;
import vn.ldld.report.receipt.ReceiptNumbers;
import vn.ldld.web.RequestRefusedException;

/**
 * Takes in a submission: checks it against this service's plan view (no remote call), gives it a receipt number,
 * and stores the report (judged on time or late by {@link Report#submit}) with its ReportSubmitted event in one
 * single-document write. A unique index keeps one report per plan, phase and unit, and one per idempotency key.
 */
@Service
public class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final PlanViews plans;
    private final ReportStore reports;
    private final ReceiptNumbers receipts;
    private final InFlightRequests inFlight;
    private final Clock clock;
    private final Duration keyTtl;
    private final IntakeMetrics metrics;

    Intake(PlanViews plans, ReportStore reports, ReceiptNumbers receipts, InFlightRequests inFlight, Clock clock,
           IdempotencyProperties idempotency, IntakeMetrics metrics) {
        this.plans = plans;
        this.reports = reports;
        this.receipts = receipts;
        this.inFlight = inFlight;
        this.clock = clock;
        this.keyTtl = idempotency.ttl();
        this.metrics = metrics;
    }

    /**
     * @param request the submission, for the unit {@link ReportAccess} established from the caller's token
     * @param submittedBy who submits: the token's subject
     * @param key the caller-scoped idempotency key with the request's fingerprint, or null
     * @throws PlanUnknownException, PlanNotOpenException, PhaseUnknownException, UnitNotAddressedException the plan
     *         view does not allow the submission
     * @throws ReportInvalidException the content breaks the template
     * @throws DuplicateReportException the unit has reported already
     * @throws vn.ldld.report.idempotency.IdempotencyKeyReusedException the key was used for another request
     * @throws vn.ldld.report.idempotency.RequestInProgressException the same key is being processed
     */
    public Submission submit(NewReport request, String submittedBy, IdempotencyKey key) {
        return metrics.measure(() -> inFlight.exclusively(key, () -> submitOnce(request, submittedBy, key, true)));
    }

    private Submission submitOnce(NewReport request, String submittedBy, IdempotencyKey key, boolean firstTry) {
        PlanView plan;
        PhaseView phase;
        UnitRef unit;
        TemplateCheck.Content content;
        try {
            plan = openPlan(request.planId(), request.unitCode());
            phase = plan.phase(request.phaseNumber())
                    .orElseThrow(() -> new PhaseUnknownException(request.phaseNumber()));
            unit = plan.mustReportUnit(request.unitCode())
                    .orElseThrow(() -> new UnitNotAddressedException(request.unitCode()));
            content = TemplateCheck.check(plan, request.content());
        } catch (RequestRefusedException refused) {
            // a retry of a request that was accepted before the plan changed still gets its original answer
            return remembered(key).map(earlier -> replay(earlier, key)).orElseThrow(() -> refused);
        }

        // the store keeps milliseconds: the answer, its replays, reads and events all show the same instant
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int year = receivedAt.atZone(ZoneId.of(plan.timeZone())).getYear();
        Receipt receipt = receipts.next(plan.issuer().code(), year);
        Report report = Report.submit(UUID.randomUUID().toString(), plan, phase, unit, receipt, content,
                submittedBy, receivedAt);
        try {
            reports.insert(report, key == null ? StoredKey.none(report.id()) : key.remembered(receivedAt.plus(keyTtl)));
        } catch (DuplicateKeyException duplicate) {
            receipts.release(receipt);
            return resolveDuplicate(request, submittedBy, key, firstTry);
        }
        log.atInfo().setMessage("Report received").addKeyValue("reportId", report.id())
                .addKeyValue("planId", plan.planId()).addKeyValue("phaseNumber", phase.number())
                .addKeyValue("unitCode", request.unitCode()).addKeyValue("receiptNumber", receipt.number())
                .addKeyValue("onTime", report.onTime()).log();
        return new Submission(report, false);
    }

    private PlanView openPlan(String planId, String unitCode) {
        PlanView plan = plans.forUnit(planId, unitCode).orElseThrow(() -> new PlanUnknownException(planId));
        if (plan.status() != PlanStatus.PUBLISHED) {
            throw new PlanNotOpenException("The plan is " + plan.status().name().toLowerCase()
                    + " and takes no more reports");
        }
        if (!plan.hasContent()) {
            throw new PlanUnknownException(planId);
        }
        return plan;
    }

    private Submission resolveDuplicate(NewReport request, String submittedBy, IdempotencyKey key,
                                        boolean firstTry) {
        if (key != null) {
            Optional<ReportStore.Keyed> earlier = reports.findByIdempotencyKey(key.scoped());
            if (earlier.isPresent()) {
                if (!earlier.get().key().expired(clock.instant())) {
                    return replay(earlier.get(), key);
                }
                reports.forgetKey(earlier.get());
                if (firstTry) {
                    return submitOnce(request, submittedBy, key, false);
                }
            }
        }
        Report existing = reports.findByUnit(request.planId(), request.phaseNumber(), request.unitCode())
                .orElseThrow(() -> new IllegalStateException("a unique index refused report for "
                        + request.planId() + "/" + request.phaseNumber() + "/" + request.unitCode()
                        + " but none is stored"));
        throw new DuplicateReportException(existing.id());
    }

    /** The report an earlier request with this key created, while the key is remembered. */
    private Optional<ReportStore.Keyed> remembered(IdempotencyKey key) {
        return key == null ? Optional.empty() : reports.findByIdempotencyKey(key.scoped())
                .filter(earlier -> !earlier.key().expired(clock.instant()));
    }

    private static Submission replay(ReportStore.Keyed earlier, IdempotencyKey key) {
        earlier.key().requireSameRequest(key);
        return new Submission(earlier.report(), true);
    }
}
