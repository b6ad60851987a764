package vn.ldld.analytics.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import vn.ldld.analytics.plan.PlanView;
import vn.ldld.analytics.summary.Analytics;
import vn.ldld.analytics.summary.PhaseSummary;

/**
 * {@code analytics_phase_*{plan,plan_number,phase}} gauges for every phase of every active plan (published, not
 * closed or cancelled), refreshed every {@code analytics.metrics.refresh}; a plan that ends drops out.
 */
@Component
class PhaseGauges {

    private static final Logger log = LoggerFactory.getLogger(PhaseGauges.class);
    /** The deadline in force, in seconds since the epoch: {@code analytics_phase_deadline_timestamp_seconds}. */
    private static final String DEADLINE = "analytics.phase.deadline.timestamp";

    private final Analytics analytics;
    private final Map<String, Function<PhaseSummary, Number>> metrics = Map.of(
            "analytics.phase.expected", PhaseSummary::expected,
            "analytics.phase.submitted", PhaseSummary::submitted,
            "analytics.phase.on.time", PhaseSummary::onTime,
            "analytics.phase.late", PhaseSummary::late,
            "analytics.phase.overdue", PhaseSummary::overdue,
            "analytics.phase.completeness.ratio", PhaseGauges::completeness,
            DEADLINE, PhaseGauges::deadline);
    private final Map<String, MultiGauge> gauges;

    PhaseGauges(Analytics analytics, MeterRegistry meters) {
        this.analytics = analytics;
        this.gauges = new HashMap<>();
        metrics.keySet().forEach(name -> gauges.put(name, MultiGauge.builder(name)
                .description("Per active plan and phase: " + name.substring("analytics.phase.".length()))
                .baseUnit(name.equals(DEADLINE) ? "seconds" : null)
                .register(meters)));
    }

    @Scheduled(fixedDelayString = "${analytics.metrics.refresh:15s}", initialDelayString = "${analytics.metrics.refresh:15s}")
    void refresh() {
        try {
            List<PhaseSummary> summaries = new ArrayList<>();
            for (PlanView plan : analytics.activePlans()) {
                summaries.addAll(analytics.summaries(plan));
            }
            metrics.forEach((name, value) -> gauges.get(name).register(summaries.stream()
                    .map(s -> MultiGauge.Row.of(Tags.of("plan", s.planId(), "plan_number", s.planNumber(),
                            "phase", String.valueOf(s.phaseNumber())), value.apply(s)))
                    .toList(), true));
        } catch (RuntimeException e) {
            log.atWarn().setMessage("Phase gauges not refreshed").addKeyValue("error", e.toString()).log();
        }
    }

    private static Number deadline(PhaseSummary summary) {
        return summary.reportDeadline() == null ? Double.NaN : summary.reportDeadline().getEpochSecond();
    }

    private static Number completeness(PhaseSummary summary) {
        return summary.completenessRate() == null ? 0
                : summary.completenessRate().divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP).doubleValue();
    }
}
