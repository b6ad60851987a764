package vn.ldld.messaging.deadletter;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code messaging_dead_letters_records{topic}}: how many records the dead-letter topic of each topic this service
 * consumes holds (end offset minus start offset, every partition), so that an alert fires while one is not empty.
 * Read with the service's own Kafka settings (credentials included) on a schedule, never on a scrape.
 */
public class DeadLetterBacklog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterBacklog.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ObjectProvider<KafkaAdmin> kafkaAdmin;
    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;
    private final MeterRegistry meters;
    private final Map<String, Long> records = new ConcurrentHashMap<>();
    private Admin admin;

    public DeadLetterBacklog(ObjectProvider<KafkaAdmin> kafkaAdmin,
                             ObjectProvider<KafkaListenerEndpointRegistry> listeners, MeterRegistry meters) {
        this.kafkaAdmin = kafkaAdmin;
        this.listeners = listeners;
        this.meters = meters;
    }

    /** Recounts the records of every dead-letter topic; a topic that cannot be read keeps its last count. */
    @Scheduled(fixedDelayString = "${messaging.dead-letters.refresh:30s}", initialDelayString = "${messaging.dead-letters.initial-delay:10s}")
    public synchronized void refresh() {
        Set<String> topics = deadLetterTopics();
        KafkaAdmin settings = kafkaAdmin.getIfAvailable();
        if (topics.isEmpty() || settings == null) {
            return;
        }
        if (admin == null) {
            admin = Admin.create(settings.getConfigurationProperties());
        }
        topics.forEach(topic -> {
            if (records.putIfAbsent(topic, 0L) == null) {
                Gauge.builder("messaging.dead.letters", records, r -> r.getOrDefault(topic, 0L))
                        .description("Records in the dead-letter topic").tag("topic", topic).baseUnit("records")
                        .register(meters);
            }
        });
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<String> present = topics.stream().filter(existing::contains).toList();
            Map<String, TopicDescription> descriptions = admin.describeTopics(present).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Set<TopicPartition> partitions = descriptions.values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toSet());
            Map<TopicPartition, ListOffsetsResultInfo> earliest = offsets(partitions, OffsetSpec.earliest());
            Map<TopicPartition, ListOffsetsResultInfo> latest = offsets(partitions, OffsetSpec.latest());
            for (String topic : present) {
                records.put(topic, partitions.stream().filter(p -> p.topic().equals(topic))
                        .mapToLong(p -> latest.get(p).offset() - earliest.get(p).offset()).sum());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.atWarn().setMessage("Dead-letter topics not counted").addKeyValue("error", e.toString()).log();
        }
    }

    /** The {@code -dlt} topic of every topic a listener of this service reads. */
    private Set<String> deadLetterTopics() {
        KafkaListenerEndpointRegistry registry = listeners.getIfAvailable();
        if (registry == null) {
            return Set.of();
        }
        return registry.getListenerContainers().stream()
                .map(MessageListenerContainer::getContainerProperties)
                .map(properties -> properties.getTopics())
                .filter(topics -> topics != null)
                .flatMap(topics -> Arrays.stream(topics))
                .map(topic -> topic + DeadLetters.SUFFIX)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Collection<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec))).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
