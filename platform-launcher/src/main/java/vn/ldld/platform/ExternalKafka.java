package vn.ldld.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;

/**
 * A Kafka the services use instead of the local brokers, which the launcher then does not start.
 * <p>
 * With an admin user (a super user of that Kafka), it is reached with SASL/SCRAM-SHA-512 as the local brokers are:
 * the launcher signs in as that admin, creates the topics, gives each of the platform's Kafka users (the state
 * directory's {@link KafkaUsers}: one per service, {@code bench}, {@code provincial-hub}, any outside system) the
 * password of that file and its ACLs (see {@link KafkaAccess}), and each service signs in as its own user. Without
 * one it is reached in PLAINTEXT, as a Kafka without authentication is: the launcher creates the topics and the
 * services get no Kafka user.
 *
 * @param bootstrapServers e.g. {@code kafka1:9092,kafka2:9092}
 * @param adminUser a super user of that Kafka, or {@code null} for PLAINTEXT
 * @param adminPassword its password ({@code null} with no admin user)
 */
public record ExternalKafka(String bootstrapServers, String adminUser, String adminPassword) {

    public ExternalKafka {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("An existing Kafka needs its bootstrap servers");
        }
        if ((adminUser == null) != (adminPassword == null)) {
            throw new IllegalArgumentException("An existing Kafka's admin user needs its password, and the reverse");
        }
    }

    /** @return whether clients sign in (SASL/SCRAM-SHA-512) rather than connect in PLAINTEXT */
    public boolean sasl() {
        return this.adminUser != null;
    }

    /** @return the settings of the launcher's admin client: the admin user's, or PLAINTEXT */
    Map<String, Object> adminClientConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        if (sasl()) {
            config.putAll(KafkaUsers.saslConfig(this.adminUser, this.adminPassword));
        }
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
        return config;
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "ExternalKafka[" + this.bootstrapServers + (sasl() ? ", SASL as " + this.adminUser : ", PLAINTEXT") + "]";
    }

}
