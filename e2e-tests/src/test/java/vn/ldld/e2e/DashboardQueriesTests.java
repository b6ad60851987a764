package vn.ldld.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.ldld.platform.DashboardCheck;

/**
 * Every query of the Grafana dashboard returns data from a real Prometheus (Debian's package) scraping the running
 * platform during a short rush and the revisions that follow it: no panel is empty or shows nothing but NaN.
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
        // read while reports keep arriving, as during a rush: the panels of rates and lags need events spread over
        // more than one scrape, and the platform may well have worked the short rush off before the first one. A
        // revision is not an intake; the unit's report sent again (refused: it has one) is, and intake times it
        AtomicInteger revision = new AtomicInteger(5);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            campaign.revise(campaign.units.get(0), revision.incrementAndGet());
            assertThat(campaign.submit(campaign.units.get(1), 1).statusCode()).isEqualTo(409);
            List<DashboardCheck.Outcome> outcomes = check.run(dashboard);
            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.hasData()).as(outcome.toString()).isTrue());
        });
    }
}
