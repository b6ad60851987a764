package vn.ldld.notification.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message in a unit's in-app inbox: a document of {@code inbox}.
 *
 * @param id the notification id (one entry per notification, whatever is redelivered)
 * @param unitCode the addressee
 * @param planId the plan it is about
 * @param phaseNumber the phase, 0 for the whole plan
 * @param kind why it was sent
 * @param title subject line (Vietnamese)
 * @param body text (Vietnamese)
 * @param createdAt when it arrived
 * @param readAt when the unit read it, or null
 */
@Document("inbox")
public record InboxEntry(@Id String id, String unitCode, String planId, int phaseNumber, String kind, String title,
                         String body, Instant createdAt, Instant readAt) {
}
