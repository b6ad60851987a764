package vn.ldld.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;

/** Who reviews a plan's reports follows the plan's newest version, whatever order its events arrive in. */
class PlanReviewLevelsTests extends ReportTestSupport {

    @Autowired
    private PlanReviewLevels levels;

    @Test
    void theNewestVersionDecidesAndAnUnknownPlanIsReviewedByTheProvince() {
        String planId = SamplePlans.newPlanId();

        String unknown = levels.of(planId);
        levels.apply(planId, 3, "PARENT");
        levels.apply(planId, 2, "PROVINCE");
        String afterAnOlderVersion = levels.of(planId);
        levels.apply(planId, 4, null);

        assertThat(unknown).isEqualTo("PROVINCE");
        assertThat(afterAnOlderVersion).isEqualTo("PARENT");
        assertThat(levels.of(planId)).as("absent means the province").isEqualTo("PROVINCE");
    }
}
