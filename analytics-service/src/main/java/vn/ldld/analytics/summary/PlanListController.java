package vn.ldld.analytics.summary;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ldld.analytics.plan.PlanView;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.web.security.Caller;

/**
 * {@code GET /api/analytics/plans}: the plans whose dashboards can be read, for a reader to pick one (a unit's staff:
 * the plans its unit issued).
 */
@RestController
class PlanListController {

    private final PlanViews plans;
    private final Readers readers;

    PlanListController(PlanViews plans, Readers readers) {
        this.plans = plans;
        this.readers = readers;
    }

    @GetMapping("/api/analytics/plans")
    @Operation(summary = "The published plans analytics knows of, the most recent first, with their phases",
            description = Readers.LIST_ROLES)
    List<PlanListing> plans(Caller caller) {
        readers.requireSome(caller);
        List<PlanView> readable = Readers.readsEveryPlan(caller) ? plans.known() : plans.issuedBy(caller.unitCode());
        return readable.stream().map(PlanListing::of).toList();
    }
}
