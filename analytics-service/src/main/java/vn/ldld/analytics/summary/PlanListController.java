package vn.ldld.analytics.summary;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.web.security.Caller;

/** {@code GET /api/analytics/plans}: the plans whose dashboards can be read, for a reader to pick one. */
@RestController
class PlanListController {

    private final PlanViews plans;

    PlanListController(PlanViews plans) {
        this.plans = plans;
    }

    @GetMapping("/api/analytics/plans")
    @Operation(summary = "The published plans analytics knows of, the most recent first, with their phases",
            description = Readers.ROLES)
    List<PlanListing> plans(Caller caller) {
        Readers.require(caller);
        return plans.known().stream().map(PlanListing::of).toList();
    }
}
