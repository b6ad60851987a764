package vn.ldld.messaging;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.ObjectMapper;
import vn.ldld.messaging.correlation.CorrelationFilter;
import vn.ldld.messaging.correlation.CorrelationRecordInterceptor;
import vn.ldld.messaging.correlation.ProblemCorrelationAdvice;
import vn.ldld.messaging.deadletter.DeadLetterBacklog;
import vn.ldld.messaging.deadletter.DeadLetters;
import vn.ldld.messaging.health.MongoPingHealthIndicator;
import vn.ldld.messaging.inbox.ProcessedEvents;
import vn.ldld.messaging.kafka.KafkaSignIn;
import vn.ldld.messaging.outbox.EventFactory;
import vn.ldld.messaging.outbox.Outbox;
import vn.ldld.messaging.outbox.OutboxBacklog;
import vn.ldld.messaging.outbox.OutboxProperties;
import vn.ldld.messaging.outbox.OutboxRelay;

/**
 * Wires the messaging plumbing into a service: Kafka sign-in, outbox writer and relay, event factory, inbox, dead-letter
 * error handling for every {@code @KafkaListener}, correlation ids over HTTP and Kafka.
 */
@AutoConfiguration(
        beforeName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
                "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration"},
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@EnableConfigurationProperties({MessagingProperties.class, OutboxProperties.class})
@EnableScheduling
public class MessagingAutoConfiguration {

    /** Signs the service's Kafka clients in with its Kafka user (KAFKA_USERNAME, KAFKA_PASSWORD) when it has one. */
    @Bean
    static KafkaSignIn kafkaSignIn() {
        return new KafkaSignIn();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The producer of outbox events and dead letters: idempotent, {@code acks=all}, short blocking times so a Kafka
     * outage delays events (they stay in the outbox) instead of blocking the relay for minutes.
     */
    @Bean
    KafkaTemplate<String, String> eventsKafkaTemplate(KafkaProperties kafka, MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        DefaultKafkaProducerFactory<String, String> factory = new DefaultKafkaProducerFactory<>(config);
        factory.addListener(new MicrometerProducerListener<>(meters));
        return new KafkaTemplate<>(factory);
    }

    /** This instance's id, derived once from {@code messaging.instance-id}. */
    @Bean
    @ConditionalOnMissingBean
    InstanceId instanceId(MessagingProperties properties) {
        return InstanceId.of(properties.instanceId());
    }

    @Bean
    EventFactory eventFactory(ObjectMapper json, Clock clock, MessagingProperties properties,
                              @Value("${spring.application.name:application}") String application) {
        String source = properties.source() != null ? properties.source() : "/" + application;
        return new EventFactory(json, clock, source);
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    Outbox outbox(MongoTemplate mongo) {
        return new Outbox(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> eventsKafkaTemplate,
                            OutboxProperties properties, Clock clock, MeterRegistry meters,
                            InstanceId instance, Outbox outbox) {
        OutboxRelay relay = new OutboxRelay(mongo, eventsKafkaTemplate, properties, clock, meters,
                instance.lasting());
        outbox.afterWrite(relay::wake);
        return relay;
    }

    @Bean
    OutboxBacklog outboxBacklog(MongoTemplate mongo, Clock clock, OutboxProperties properties, MeterRegistry meters) {
        return new OutboxBacklog(mongo, clock, properties, meters);
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock, MessagingProperties properties,
                                    MeterRegistry meters, InstanceId instance) {
        return new ProcessedEvents(mongo, clock, properties.inboxLease(), meters, instance.name(),
                properties.inboxDoneDelay());
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<String, String> eventsKafkaTemplate,
                                              MessagingProperties properties) {
        return DeadLetters.errorHandler(eventsKafkaTemplate, properties.retry().toRetryProperties());
    }

    @Bean
    DeadLetterBacklog deadLetterBacklog(ObjectProvider<KafkaAdmin> kafkaAdmin,
                                        ObjectProvider<KafkaListenerEndpointRegistry> listeners, MeterRegistry meters) {
        return new DeadLetterBacklog(kafkaAdmin, listeners, meters);
    }

    @Bean
    @ConditionalOnMissingBean(RecordInterceptor.class)
    RecordInterceptor<Object, Object> correlationRecordInterceptor() {
        return new CorrelationRecordInterceptor();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "jakarta.servlet.Filter")
    static class ServletCorrelation {

        @Bean
        FilterRegistrationBean<CorrelationFilter> correlationFilter() {
            FilterRegistrationBean<CorrelationFilter> registration = new FilterRegistrationBean<>(new CorrelationFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        @Bean
        ProblemCorrelationAdvice problemCorrelationAdvice() {
            return new ProblemCorrelationAdvice();
        }
    }
}
