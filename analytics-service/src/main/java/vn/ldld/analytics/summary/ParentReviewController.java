package vn.ldld.analytics.summary;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ldld.web.security.Caller;

/** Review by the level above: per parent unit, how many of its units submitted, were accepted, were returned. */
@RestController
class ParentReviewController {

    private final ParentReviewAnalysis analysis;
    private final Readers readers;

    ParentReviewController(ParentReviewAnalysis analysis, Readers readers) {
        this.analysis = analysis;
        this.readers = readers;
    }

    @GetMapping("/api/analytics/plans/{planId}/phases/{n}/parent-reviews")
    @Operation(summary = "Review by the parent units in a phase: per parent unit (a district federation), how many of "
            + "the must-report units directly below it submitted, how many it accepted, how many it returned and how "
            + "many await review", description = Readers.ROLES)
    ParentReviewSummary parentReviews(Caller caller, @PathVariable String planId, @PathVariable int n) {
        readers.require(caller, planId);
        return analysis.of(planId, n);
    }
}
