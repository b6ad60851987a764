package vn.ldld.analytics.summary;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ldld.web.security.Caller;

/**
 * Completeness, timeliness, totals, the unit matrix and the submission curve of a plan: read by province staff and
 * viewers (outside systems' machine clients) and by the staff of the unit that issued it ({@link Readers}).
 */
@RestController
@RequestMapping("/api/analytics/plans/{planId}")
class AnalyticsController {

    private final Analytics analytics;
    private final Readers readers;

    AnalyticsController(Analytics analytics, Readers readers) {
        this.analytics = analytics;
        this.readers = readers;
    }

    @GetMapping
    @Operation(summary = "Every phase of a plan and the indicator totals over all phases", description = Readers.ROLES)
    PlanReport plan(Caller caller, @PathVariable String planId) {
        readers.require(caller, planId);
        return analytics.plan(planId);
    }

    @GetMapping("/phases/{n}")
    @Operation(summary = "A phase: summary, totals, roll-ups", description = Readers.ROLES)
    PhaseReport phase(Caller caller, @PathVariable String planId, @PathVariable int n) {
        readers.require(caller, planId);
        PhaseAnalysis analysis = analytics.phase(planId, n);
        return new PhaseReport(analysis.summary(), analysis.totals(), analysis.rollups());
    }

    @GetMapping("/phases/{n}/units")
    @Operation(summary = "The unit status matrix of a phase", description = Readers.ROLES)
    List<UnitRow> units(Caller caller, @PathVariable String planId, @PathVariable int n,
                        @RequestParam(required = false) UnitStatus status,
                        @RequestParam(required = false) String parent) {
        readers.require(caller, planId);
        return analytics.phase(planId, n).units(status, parent == null || parent.isBlank() ? null : parent);
    }

    @GetMapping("/phases/{n}/timeline")
    @Operation(summary = "First receipts of a phase per hour or day", description = Readers.ROLES)
    Timeline timeline(Caller caller, @PathVariable String planId, @PathVariable int n,
                      @RequestParam(defaultValue = "DAY") Interval interval) {
        readers.require(caller, planId);
        return analytics.phase(planId, n).timeline(interval);
    }
}
