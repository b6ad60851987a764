package vn.ldld.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the platform's consumer groups have read every plan and report event, so that a measured rush
 * starts on a platform that has caught up (a plan is published days before its deadline, not during the rush)
 * and its figures do not include the warm-up's backlog. The bench's own groups and outside systems' are left out.
 */
final class ConsumerLag {

    private static final Set<String> PLANS_AND_REPORTS = Set.of("plan-events", "report-events");

    /** Every topic the platform's consumers read. */
    static final Set<String> ALL_TOPICS = Set.of("plan-events", "report-events", "notification-events");

    private ConsumerLag() {
    }

    /**
     * Waits until the consumers have read every plan and report event.
     *
     * @return the lag left when the wait ended (0: caught up; more: the timeout ran out)
     */
    static long awaitCaughtUp(KafkaClients kafka, Duration timeout) throws InterruptedException {
        return awaitCaughtUp(kafka, PLANS_AND_REPORTS, timeout);
    }

    /**
     * Waits until the consumers have read every event of {@code topics}.
     *
     * @return the lag left when the wait ended (0: caught up; more: the timeout ran out)
     */
    static long awaitCaughtUp(KafkaClients kafka, Set<String> topics, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin(kafka)) {
            long lag = lag(admin, topics);
            while (lag > 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                lag = lag(admin, topics);
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the consumer groups' offsets on " + kafka, e.getCause());
        }
    }

    /** @return the events of {@code topics} the platform's consumer groups have yet to read, now */
    static long lag(KafkaClients kafka, Set<String> topics) throws InterruptedException {
        try (Admin admin = admin(kafka)) {
            return lag(admin, topics);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the consumer groups' offsets on " + kafka, e.getCause());
        }
    }

    private static Admin admin(KafkaClients kafka) {
        return Admin.create(kafka.config(Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000)));
    }

    private static long lag(Admin admin, Set<String> topics) throws ExecutionException, InterruptedException {
        List<String> groups = admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                // the services' groups: not the bench's own, nor an outside system's (<system>.<name>, read at its pace)
                .filter(group -> !group.startsWith("bench-") && !group.contains(".")).toList();
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            offsets.forEach((partition, offset) -> {
                if (topics.contains(partition.topic()) && offset != null) {
                    committed.merge(new TopicPartition(group + "|" + partition.topic(), partition.partition()),
                            offset.offset(), Math::max);
                }
            });
        }
        Set<TopicPartition> partitions = committed.keySet().stream()
                .map(key -> new TopicPartition(key.topic().substring(key.topic().indexOf('|') + 1), key.partition()))
                .collect(Collectors.toSet());
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> entry : committed.entrySet()) {
            TopicPartition key = entry.getKey();
            TopicPartition partition = new TopicPartition(key.topic().substring(key.topic().indexOf('|') + 1),
                    key.partition());
            lag += Math.max(0, ends.get(partition).offset() - entry.getValue());
        }
        return lag;
    }
}
