package vn.ldld.report.reports;

import java.util.Locale;

import vn.ldld.report.idempotency.IdempotencyKeyReusedException;
import vn.ldld.report.idempotency.RequestInProgressException;

/**
 * What became of a submission: the {@code outcome} of {@code reports_intake_total}. Each refusal is its own
 * exception, of the kind (service-web) that gives its HTTP status; this is the one place that names them.
 */
enum IntakeOutcome {
    ACCEPTED, REPLAYED, INVALID, PLAN_UNKNOWN, PLAN_NOT_OPEN, PHASE_UNKNOWN, UNIT_NOT_ADDRESSED, DUPLICATE,
    KEY_REUSED, IN_PROGRESS, ERROR;

    /** The metric's tag, e.g. {@code plan-not-open}. */
    String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static IntakeOutcome of(Submission submission) {
        return submission.replayed() ? REPLAYED : ACCEPTED;
    }

    static IntakeOutcome of(RuntimeException refusal) {
        if (refusal instanceof ReportInvalidException) {
            return INVALID;
        } else if (refusal instanceof PlanUnknownException) {
            return PLAN_UNKNOWN;
        } else if (refusal instanceof PlanNotOpenException) {
            return PLAN_NOT_OPEN;
        } else if (refusal instanceof PhaseUnknownException) {
            return PHASE_UNKNOWN;
        } else if (refusal instanceof UnitNotAddressedException) {
            return UNIT_NOT_ADDRESSED;
        } else if (refusal instanceof DuplicateReportException) {
            return DUPLICATE;
        } else if (refusal instanceof IdempotencyKeyReusedException) {
            return KEY_REUSED;
        } else if (refusal instanceof RequestInProgressException) {
            return IN_PROGRESS;
        }
        return ERROR;
    }
}
