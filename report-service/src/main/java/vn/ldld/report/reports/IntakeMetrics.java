package vn.ldld.report.report;

import java.time.Duration;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.ldld.report.idempotency.IdempotencyKeyReusedException;
import vn.ldld.report.idempotency.RequestInProgressException;

/**
 * Intake metrics: {@code reports_intake_total{outcome}}, {@code reports_intake_latency_seconds} (histogram) and
 * {@code reports_late_total}.
 */
@Component
class IntakeMetrics {

    private final MeterRegistry meters;
    private final Timer latency;

    IntakeMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.latency = Timer.builder("reports.intake.latency").description("Time to take in one submission")
                .publishPercentileHistogram().register(meters);
    }

    void record(String outcome, long startNanos) {
        meters.counter("reports.intake", "outcome", outcome).increment();
        latency.record(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    void late() {
        meters.counter("reports.late").increment();
    }

    static String outcomeOf(RuntimeException e) {
        if (e instanceof ReportInvalidException) {
            return "invalid";
        }
        if (e instanceof IntakeRefusedException refused) {
            return refused.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
        if (e instanceof DuplicateReportException) {
            return "duplicate";
        }
        if (e instanceof IdempotencyKeyReusedException) {
            return "key-reused";
        }
        if (e instanceof RequestInProgressException) {
            return "in-progress";
        }
        return "error";
    }
}
