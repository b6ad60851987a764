package vn.ldld.notification.delivery;

/**
 * A notification ready to go out, as the scheduler hands it over.
 *
 * @param key the notification's natural key (each channel's delivery is keyed on it, so it goes out once)
 * @param notificationId notification id (inbox entry id, CloudEvent id of the webhook)
 * @param unitCode addressee
 * @param planId plan
 * @param phaseNumber phase, 0 for the whole plan
 * @param kind why it is sent
 * @param subject Vietnamese subject line
 * @param body Vietnamese text
 * @param eventType CloudEvents type of the webhook payload
 * @param eventData JSON of the webhook payload
 * @param unitName the addressee's name, as e-mails name it
 */
public record Outgoing(String key, String notificationId, String unitCode, String planId, int phaseNumber,
                       String kind, String subject, String body, String eventType, String eventData, String unitName) {
}
