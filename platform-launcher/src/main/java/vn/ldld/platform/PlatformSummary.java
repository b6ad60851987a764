package vn.ldld.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where to reach the running platform.
 *
 * @param gatewayUrl e.g. {@code http://localhost:8080}, {@code null} when the gateway is not run
 * @param serviceUrls the URL of every instance, per service name
 * @param kafkaBootstrap e.g. {@code 127.0.0.1:9092}
 * @param mongoUri e.g. {@code mongodb://127.0.0.1:27017} (each service uses its own database on it)
 * @param logsDir one log file per process
 * @param dataDir Kafka and Mongo data, kept across restarts
 */
public record PlatformSummary(String gatewayUrl, Map<String, List<String>> serviceUrls, String kafkaBootstrap,
        String mongoUri, Path logsDir, Path dataDir) {

    /** @return the summary as lines for a terminal */
    public String render() {
        StringBuilder text = new StringBuilder();
        if (this.gatewayUrl != null) {
            line(text, "Gateway", this.gatewayUrl);
        }
        this.serviceUrls.forEach((name, urls) -> line(text, name, String.join(", ", urls)));
        line(text, "Access token", "TOKEN=$(./platform token staff)   (accounts: staff, viewer, ldld-tb, ... see README)");
        line(text, "Kafka bootstrap", this.kafkaBootstrap
                + "   (SASL_PLAINTEXT, SCRAM-SHA-512: ./platform kafka-user show <user>)");
        line(text, "Mongo URI", this.mongoUri);
        line(text, "Logs", this.logsDir.toString());
        line(text, "Data", this.dataDir.toString());
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-22s %s%n", label, value));
    }

}
