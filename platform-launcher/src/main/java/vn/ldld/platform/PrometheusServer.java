package vn.ldld.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ./platform up --with-prometheus}: Debian's {@code prometheus} scraping every instance of the local
 * platform every 5 s (on its management port where it has one), with the platform's alert rules ({@code deploy/prometheus/alerts.yml}) and the same target
 * labels as the deployments ({@code platform}, {@code service}), so the Grafana dashboard's queries work against it.
 */
final class PrometheusServer {

    /** Where Debian's package puts it; {@code PROMETHEUS} names another binary. */
    static final String DEFAULT_BINARY = "prometheus";

    private PrometheusServer() {
    }

    /** @return the prometheus executable: {@code $PROMETHEUS}, or {@code prometheus} on the PATH */
    static Optional<Path> binary() {
        String configured = System.getenv("PROMETHEUS");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
            .filter((dir) -> !dir.isBlank())
            .map((dir) -> Path.of(dir, DEFAULT_BINARY))
            .filter(Files::isExecutable)
            .findFirst();
    }

    /**
     * Writes the configuration (scrape every instance of {@code config}) and returns the command that runs it.
     * @throws PlatformException if prometheus is not installed
     */
    static List<String> command(PlatformConfig config) {
        Path binary = binary().orElseThrow(() -> new PlatformException(
                "--with-prometheus needs Prometheus: apt-get install prometheus (or set PROMETHEUS to its binary)"));
        Path dir = config.prometheusDir();
        Path file = dir.resolve("prometheus.yml");
        try {
            Files.createDirectories(dir);
            Files.createDirectories(config.dataDir().resolve("prometheus"));
            Files.writeString(file, configuration(config));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return List.of(binary.toString(), "--config.file=" + file, "--storage.tsdb.path=" + config.dataDir().resolve("prometheus"),
                "--web.listen-address=127.0.0.1:" + config.prometheusPort(), "--web.enable-lifecycle",
                "--storage.tsdb.retention.time=2d");
    }

    /** The scrape configuration: one job per service, one target per instance. */
    static String configuration(PlatformConfig config) {
        Map<String, List<String>> targets = new LinkedHashMap<>();
        // metrics are on an instance's management port where it has one (plan, report, notification, analytics)
        config.instances().forEach((instance) -> targets.computeIfAbsent(instance.spec().name(), (name) -> new ArrayList<>())
            .add("'127.0.0.1:" + (instance.managementPort() > 0 ? instance.managementPort() : instance.port()) + "'"));
        StringBuilder yaml = new StringBuilder("""
                # Written by ./platform up --with-prometheus: the local platform's instances, every 5 s.
                global:
                  scrape_interval: 5s
                  evaluation_interval: 5s
                rule_files:
                  - '%s'
                scrape_configs:
                """.formatted(config.repoRoot().resolve("deploy/prometheus/alerts.yml")));
        targets.forEach((service, instances) -> yaml.append("""
                  - job_name: %s
                    metrics_path: /actuator/prometheus
                    static_configs:
                      - targets: [%s]
                        labels: {platform: campaign-reporting, service: %s}
                """.formatted(service, String.join(", ", instances), service)));
        return yaml.toString();
    }

}
