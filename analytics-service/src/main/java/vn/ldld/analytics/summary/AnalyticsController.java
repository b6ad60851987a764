package vn.ldld.analytics.summary;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Completeness, timeliness, totals, the unit matrix and the submission curve of a plan. */
@RestController
@RequestMapping("/api/analytics/plans/{planId}")
class AnalyticsController {

    private final Analytics analytics;

    AnalyticsController(Analytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping
    PlanReport plan(@PathVariable String planId) {
        return analytics.plan(planId);
    }

    @GetMapping("/phases/{n}")
    PhaseReport phase(@PathVariable String planId, @PathVariable int n) {
        PhaseAnalysis analysis = analytics.phase(planId, n);
        return new PhaseReport(analysis.summary(), analysis.totals(), analysis.rollups());
    }

    @GetMapping("/phases/{n}/units")
    List<UnitRow> units(@PathVariable String planId, @PathVariable int n,
                        @RequestParam(required = false) UnitStatus status,
                        @RequestParam(required = false) String parent) {
        return analytics.phase(planId, n).units(status, parent == null || parent.isBlank() ? null : parent);
    }

    @GetMapping("/phases/{n}/timeline")
    Timeline timeline(@PathVariable String planId, @PathVariable int n,
                      @RequestParam(defaultValue = "DAY") Interval interval) {
        return analytics.phase(planId, n).timeline(interval);
    }
}
