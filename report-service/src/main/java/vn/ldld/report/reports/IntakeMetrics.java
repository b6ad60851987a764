package vn.ldld.report.reports;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

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

    /** Takes in one submission, counting its outcome and its time, and the late ones accepted. */
    Submission measure(Supplier<Submission> intake) {
        long start = System.nanoTime();
        IntakeOutcome outcome = IntakeOutcome.ERROR;
        try {
            Submission submission = intake.get();
            outcome = IntakeOutcome.of(submission);
            if (outcome == IntakeOutcome.ACCEPTED && !submission.report().onTime()) {
                meters.counter("reports.late").increment();
            }
            return submission;
        } catch (RuntimeException refused) {
            outcome = IntakeOutcome.of(refused);
            throw refused;
        } finally {
            meters.counter("reports.intake", "outcome", outcome.tag()).increment();
            latency.record(Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
