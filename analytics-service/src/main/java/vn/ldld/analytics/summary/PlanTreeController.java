package vn.ldld.analytics.summary;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ldld.web.security.Caller;

/** {@code GET /api/analytics/plans/{planId}/phases/{n}/tree}: how far a phase has got down the levels. */
@RestController
class PlanTreeController {

    private final PlanTrees trees;
    private final Readers readers;

    PlanTreeController(PlanTrees trees, Readers readers) {
        this.trees = trees;
        this.readers = readers;
    }

    @GetMapping("/api/analytics/plans/{planId}/phases/{n}/tree")
    @Operation(summary = "A phase down the levels: per level (1: the plan's must-report units, 2: those of the plans "
            + "implementing it, phase n of each, and so on, at most 5 levels) how many plans, units expected, "
            + "submitted, accepted, returned, on time and late; and each unit of the plan with its status, its "
            + "timeliness and the progress of its latest implementing plan", description = Readers.ROLES)
    PlanTree tree(Caller caller, @PathVariable String planId, @PathVariable int n) {
        readers.require(caller, planId);
        return trees.of(planId, n);
    }
}
