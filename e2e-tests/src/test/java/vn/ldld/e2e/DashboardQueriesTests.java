package vn.ldld.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ldld.platform.DashboardCheck;

/**
 * Every query of the Grafana dashboard returns data from a real Prometheus (Debian's package) scraping the running
 * platform after a short rush: no panel is empty or shows nothing but NaN.
 */
class DashboardQueriesTests {

    @Test
    void everyDashboardQueryReturnsDataAfterAShortRush() {
        PlatformUnderTest running = PlatformUnderTest.get();
        assumeTrue(running.config.prometheus(), "prometheus is not installed (apt-get install prometheus): the dashboard's"
                + " queries are not checked");
        Campaign campaign = Campaign.publish(running.gateway, running.tokens);
        for (int i = 0; i < campaign.units.size() - 2; i++) {
            assertThat(campaign.submit(campaign.units.get(i), i + 1).statusCode()).isEqualTo(201);
        }
        campaign.revise(campaign.units.get(0), 5);

        Path dashboard = running.config.repoRoot().resolve("deploy/grafana/campaign-reporting.json");
        DashboardCheck check = new DashboardCheck(running.config.prometheusUrl());
        assertThat(check.queries(dashboard)).hasSizeGreaterThan(15);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            List<DashboardCheck.Outcome> outcomes = check.run(dashboard);
            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.hasData()).as(outcome.toString()).isTrue());
        });
    }
}
