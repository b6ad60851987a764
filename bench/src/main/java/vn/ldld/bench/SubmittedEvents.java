package vn.ldld.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import tools.jackson.databind.JsonNode;

/** The ReportSubmitted events of one plan on {@code report-events}, read from the beginning. */
public final class SubmittedEvents {

    /**
     * @param reportIds distinct report ids
     * @param eventIds distinct event ids ({@code ce_id}; a redelivered event counts once)
     * @param records records read
     * @param eventIdsByReport the distinct event ids of each report
     */
    public record Count(Set<String> reportIds, Set<String> eventIds, int records,
                        Map<String, Set<String>> eventIdsByReport) {
    }

    private SubmittedEvents() {
    }

    /** Reads the topic again until it holds events of {@code expected} reports or the timeout has passed. */
    public static Count await(KafkaClients kafka, String planId, int expected, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        Count count = read(kafka, planId);
        while (count.reportIds().size() < expected && System.nanoTime() < until) {
            sleep();
            count = read(kafka, planId);
        }
        return count;
    }

    /** Reads the topic to its end as it is now. */
    public static Count read(KafkaClients kafka, String planId) {
        List<ConsumerRecord<String, String>> records = TopicRecords.read(kafka, "report-events",
                record -> "vn.ldld.report.submitted.v1".equals(TopicRecords.header(record, "ce_type"))
                        && record.value() != null && record.value().contains(planId));
        Map<String, Set<String>> byReport = new HashMap<>();
        Set<String> eventIds = new HashSet<>();
        int matching = 0;
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = RushPlan.JSON.readTree(record.value());
            if (planId.equals(event.path("planId").asString())) {
                matching++;
                String eventId = TopicRecords.header(record, "ce_id");
                eventIds.add(eventId);
                byReport.computeIfAbsent(event.path("reportId").asString(), id -> new HashSet<>()).add(eventId);
            }
        }
        return new Count(byReport.keySet(), eventIds, matching, byReport);
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
