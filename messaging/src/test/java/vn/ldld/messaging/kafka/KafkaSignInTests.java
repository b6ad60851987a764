package vn.ldld.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;

class KafkaSignInTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
            .withBean(KafkaSignIn.class);

    @Test
    void aServiceWithAKafkaUserSignsInWithScramEverywhere() {
        context.withPropertyValues("KAFKA_USERNAME=report-service", "KAFKA_PASSWORD=s3cr\"et").run(app -> {
            Map<String, Object> consumer = app.getBean(DefaultKafkaConsumerFactory.class).getConfigurationProperties();
            Map<String, Object> producer = app.getBean(DefaultKafkaProducerFactory.class).getConfigurationProperties();
            Map<String, Object> admin = app.getBean(KafkaAdmin.class).getConfigurationProperties();
            for (Map<String, Object> client : java.util.List.of(consumer, producer, admin)) {
                assertThat(client).containsEntry("security.protocol", "SASL_PLAINTEXT")
                        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                        .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule "
                                + "required username=\"report-service\" password=\"s3cr\\\"et\";");
            }
        });
    }

    @Test
    void messagingPropertiesComeBeforeTheVariablesAndTheServicesOwnSettingsStay() {
        context.withPropertyValues("KAFKA_USERNAME=ignored", "messaging.kafka.username=analytics-service",
                "messaging.kafka.password=p", "spring.kafka.security.protocol=SASL_SSL").run(app -> {
            Map<String, Object> consumer = app.getBean(DefaultKafkaConsumerFactory.class).getConfigurationProperties();
            assertThat(consumer).containsEntry("security.protocol", "SASL_SSL");
            assertThat((String) consumer.get("sasl.jaas.config")).contains("username=\"analytics-service\"");
        });
    }

    @Test
    void withoutAKafkaUserNothingChanges() {
        context.run(app -> {
            Map<String, Object> consumer = app.getBean(DefaultKafkaConsumerFactory.class).getConfigurationProperties();
            assertThat(consumer).doesNotContainKeys("security.protocol", "sasl.mechanism", "sasl.jaas.config");
        });
    }
}
