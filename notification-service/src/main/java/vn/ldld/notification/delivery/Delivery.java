package vn.ldld.notification.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.ldld.notification.preference.Channel;

/**
 * One notification over one channel: a document of {@code deliveries}, the delivery log and the queue of the
 * e-mail and webhook senders. Its {@code _id} is the notification key plus the channel, so a notification goes out
 * at most once per channel.
 *
 * @param batchId when several e-mails went out as one message, the id of that message
 * @param unitName the addressee's name, as e-mails name it; null in a delivery recorded before it was kept
 */
@Document("deliveries")
public record Delivery(@Id String id, String deliveryId, String notificationId, String unitCode, String planId,
                       int phaseNumber, String kind, Channel channel, String target, String subject, String body,
                       String eventType, String eventData, DeliveryStatus status, int attempts, Instant createdAt,
                       Instant nextAttemptAt, String owner, Instant leaseUntil, String lastError, Instant sentAt,
                       String batchId, String unitName) {
}
