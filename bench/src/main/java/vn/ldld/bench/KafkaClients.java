package vn.ldld.bench;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * The settings every Kafka client of the benchmark starts from: the bootstrap servers and, when {@code KAFKA_USERNAME}
 * is set (bench/rush sets it to the platform's {@code bench} user), SASL/SCRAM-SHA-512 with that user and
 * {@code KAFKA_PASSWORD}.
 */
final class KafkaClients {

    private KafkaClients() {
    }

    static Map<String, Object> config(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        String username = System.getenv("KAFKA_USERNAME");
        if (username != null && !username.isBlank()) {
            String password = System.getenv().getOrDefault("KAFKA_PASSWORD", "");
            config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
                    System.getenv().getOrDefault("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT"));
            config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
            config.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required"
                    + " username=\"" + username + "\" password=\"" + password.replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\";");
        }
        return config;
    }

    /** @return {@link #config(String)} with {@code more} */
    static Map<String, Object> config(String bootstrapServers, Map<String, Object> more) {
        Map<String, Object> config = config(bootstrapServers);
        config.putAll(more);
        return config;
    }
}
