package vn.ldld.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** How many records the dead-letter topics hold (end offsets minus beginning offsets, all partitions). */
final class DeadLetterCount {

    static final List<String> TOPICS = List.of("plan-events-dlt", "report-events-dlt", "notification-events-dlt");

    private DeadLetterCount() {
    }

    static long now(KafkaClients kafka) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.config(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)))) {
            long count = 0;
            for (String topic : TOPICS) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
                Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
                for (TopicPartition partition : partitions) {
                    count += ends.get(partition) - starts.get(partition);
                }
            }
            return count;
        }
    }
}
