package vn.ldld.bench;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * The settings every Kafka client of the benchmark starts from: the bootstrap servers and how to sign in.
 *
 * @param settings bootstrap servers and sign-in settings of a Java Kafka client
 */
public record KafkaClients(Map<String, Object> settings) {

    public KafkaClients {
        settings = Map.copyOf(settings);
    }

    /**
     * @return clients of {@code bootstrapServers}, signed in with SASL/SCRAM-SHA-512 as {@code KAFKA_USERNAME} with
     * {@code KAFKA_PASSWORD} when that is set ({@code bench/rush} sets it to the platform's {@code bench} user)
     */
    static KafkaClients fromEnvironment(String bootstrapServers) {
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
        return new KafkaClients(config);
    }

    /** @return these settings with {@code more} */
    Map<String, Object> config(Map<String, Object> more) {
        Map<String, Object> config = new HashMap<>(settings);
        config.putAll(more);
        return config;
    }

    @Override
    public String toString() {
        return String.valueOf(settings.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
    }
}
