package vn.ldld.messaging.kafka;

import java.util.Map;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Signs every Kafka client of the service in with its own Kafka user, when it has one: {@code messaging.kafka.username}
 * and {@code messaging.kafka.password}, or the {@code KAFKA_USERNAME} and {@code KAFKA_PASSWORD} variables. It sets, on
 * Spring Boot's {@link KafkaProperties} (from which the listeners' consumers, the outbox relay's producer and the admin
 * client are all built), {@code security.protocol} ({@code SASL_PLAINTEXT}, or {@code messaging.kafka.security-protocol}
 * / {@code KAFKA_SECURITY_PROTOCOL}, e.g. {@code SASL_SSL} where the deployment has TLS), {@code sasl.mechanism}
 * ({@code SCRAM-SHA-512}, or {@code messaging.kafka.sasl-mechanism} / {@code KAFKA_SASL_MECHANISM}) and
 * {@code sasl.jaas.config}, unless the service's own settings already name them. Without a username nothing changes:
 * an embedded test broker has no SASL.
 */
public final class KafkaSignIn implements BeanPostProcessor, EnvironmentAware, Ordered {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof KafkaProperties kafka) {
            apply(kafka);
        }
        return bean;
    }

    private void apply(KafkaProperties kafka) {
        String username = setting("username", "KAFKA_USERNAME", "");
        if (username.isBlank()) {
            return;
        }
        String password = setting("password", "KAFKA_PASSWORD", "");
        if (kafka.getSecurity().getProtocol() == null) {
            kafka.getSecurity().setProtocol(setting("security-protocol", "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT"));
        }
        Map<String, String> properties = kafka.getProperties();
        properties.putIfAbsent("sasl.mechanism", setting("sasl-mechanism", "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"));
        properties.putIfAbsent("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=" + quoted(username) + " password=" + quoted(password) + ";");
    }

    private String setting(String property, String variable, String fallback) {
        return this.environment.getProperty("messaging.kafka." + property,
                this.environment.getProperty(variable, fallback));
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** After the properties are bound from the configuration. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

}
