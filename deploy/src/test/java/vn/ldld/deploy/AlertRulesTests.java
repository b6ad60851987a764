package vn.ldld.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldld.deploy.Tools.at;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The alert rules (deploy/prometheus/alerts.yml) pass {@code promtool check rules} and their unit tests
 * ({@code promtool test rules}); every alert is tested firing; the compose scrape configuration is valid; the
 * Kubernetes PrometheusRule carries exactly the same rules. promtool comes from Debian's prometheus package.
 */
class AlertRulesTests {

    static final Path PROMETHEUS = Tools.ROOT.resolve("deploy/prometheus");
    static final Set<String> REQUIRED = Set.of("ServiceDown", "OutboxEventsStuck", "ConsumerLagGrowing", "DeadLetters",
            "HttpServerErrors", "PhaseDeadlineNearLowCompleteness");

    @Test
    void rulesPassPromtoolCheck() {
        Tools.require("promtool", "prometheus");
        Tools.Result result = Tools.run(PROMETHEUS, "promtool", "check", "rules", "alerts.yml");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: " + REQUIRED.size() + " rules found");
    }

    @Test
    void rulesPassTheirUnitTests() {
        Tools.require("promtool", "prometheus");
        Tools.Result result = Tools.run(PROMETHEUS, "promtool", "test", "rules", "alerts-tests.yml");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    void composeScrapeConfigurationIsValid() {
        Tools.require("promtool", "prometheus");
        Tools.Result result = Tools.run(PROMETHEUS, "promtool", "check", "config", "prometheus.yml");
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void everyAlertTheOperatorsNeedIsThereAndIsTestedFiring() {
        assertThat(alertNames(Tools.yaml("deploy/prometheus/alerts.yml"))).containsExactlyInAnyOrderElementsOf(REQUIRED);
        List<Map<String, Object>> tests = at(Tools.yaml("deploy/prometheus/alerts-tests.yml"), "tests");
        Set<String> testedFiring = tests.stream()
                .flatMap(test -> ((List<Map<String, Object>>) at(test, "alert_rule_test")).stream())
                .filter(check -> !((List<?>) check.get("exp_alerts")).isEmpty())
                .map(check -> (String) check.get("alertname"))
                .collect(Collectors.toSet());
        assertThat(testedFiring).containsExactlyInAnyOrderElementsOf(REQUIRED);
    }

    @Test
    void kubernetesPrometheusRuleHasTheSameRules() {
        Map<String, Object> rule = Tools.yaml("deploy/k8s/base/monitoring/prometheus-rule.yaml");
        assertThat((Object) at(rule, "spec.groups")).isEqualTo(at(Tools.yaml("deploy/prometheus/alerts.yml"), "groups"));
    }

    @SuppressWarnings("unchecked")
    static List<String> alertNames(Map<String, Object> rules) {
        return ((List<Map<String, Object>>) rules.get("groups")).stream()
                .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream())
                .map(rule -> (String) rule.get("alert"))
                .toList();
    }
}
