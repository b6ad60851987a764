package vn.ldld.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import tools.jackson.databind.JsonNode;

/** Reads {@code report-events} from the beginning and collects the ReportSubmitted events of one plan. */
final class SubmittedEvents {

    /** Distinct report ids, distinct event ids, and records read (a redelivered event counts once per ce_id). */
    record Count(Set<String> reportIds, Set<String> eventIds, int records) {
    }

    private SubmittedEvents() {
    }

    static Count await(String kafka, String planId, int expected, Duration timeout) {
        Set<String> reportIds = new HashSet<>();
        Set<String> eventIds = new HashSet<>();
        int records = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaClients.config(kafka, Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)))) {
            List<TopicPartition> partitions = consumer.partitionsFor("report-events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long until = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < until) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!"vn.ldld.report.submitted.v1".equals(header(record, "ce_type"))) {
                        continue;
                    }
                    JsonNode event = RushPlan.JSON.readTree(record.value());
                    if (planId.equals(event.get("planId").asString())) {
                        records++;
                        reportIds.add(event.get("reportId").asString());
                        eventIds.add(header(record, "ce_id"));
                    }
                }
                if (reportIds.size() >= expected && caughtUp(consumer, partitions)) {
                    break;
                }
            }
        }
        return new Count(reportIds, eventIds, records);
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
