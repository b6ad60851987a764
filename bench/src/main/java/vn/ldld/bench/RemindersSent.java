package vn.ldld.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import tools.jackson.databind.JsonNode;

/** The before-deadline reminders notification-service sent for one plan, from its ReminderSent events. */
final class RemindersSent {

    /** One reminder: its notification id (a redelivered event is the same reminder) and when it was sent. */
    record Reminder(String notificationId, Instant sentAt) {
    }

    private RemindersSent() {
    }

    /** @return each reminded unit's distinct reminders */
    static Map<String, List<Reminder>> byUnit(KafkaClients kafka, String planId) {
        List<ConsumerRecord<String, String>> records = TopicRecords.read(kafka, "notification-events",
                record -> "vn.ldld.notification.reminder-sent.v1".equals(TopicRecords.header(record, "ce_type"))
                        && record.value() != null && record.value().contains(planId));
        Map<String, List<Reminder>> byUnit = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = RushPlan.JSON.readTree(record.value());
            if (!planId.equals(event.path("planId").asString())
                    || !"BEFORE_DEADLINE".equals(event.path("kind").asString())) {
                continue;
            }
            List<Reminder> reminders = byUnit.computeIfAbsent(event.path("unitCode").asString(), u -> new ArrayList<>());
            String id = event.path("notificationId").asString();
            if (reminders.stream().noneMatch(reminder -> reminder.notificationId().equals(id))) {
                reminders.add(new Reminder(id, Instant.parse(event.path("sentAt").asString())));
            }
        }
        return byUnit;
    }
}
