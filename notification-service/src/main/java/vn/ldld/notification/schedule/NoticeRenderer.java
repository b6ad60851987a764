package vn.ldld.notification.schedule;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import vn.ldld.notification.delivery.Outgoing;

/**
 * Renders a notification for its channels: the subject and text from the {@link Templates}, and the event the
 * webhook carries (a ReminderSent for a reminder, a Notice for anything else).
 */
@Component
class NoticeRenderer {

    private final Templates templates;
    private final ObjectMapper json;

    NoticeRenderer(Templates templates, ObjectMapper json) {
        this.templates = templates;
        this.json = json;
    }

    /**
     * @param channels the channels it goes out on
     * @param now when it is sent
     */
    Rendered render(Notification n, List<String> channels, Instant now) {
        Message message = templates.render(n);
        ReminderSent reminderSent = n.kind().isReminder()
                ? new ReminderSent(n.notificationId(), n.plan().planId(), n.plan().number(), n.phaseNumber(),
                        n.unit().code(), n.kind().name(), n.subjectUnit().code(), n.deadline(), n.dueAt(), now,
                        channels)
                : null;
        String eventType = reminderSent != null ? ReminderSent.TYPE : Notice.TYPE;
        Object data = reminderSent != null ? reminderSent
                : new Notice(n.notificationId(), n.plan().planId(), n.plan().number(), n.phaseNumber(),
                        n.unit().code(), n.kind().name(), message.subject(), message.body(), now);
        return new Rendered(new Outgoing(n.id(), n.notificationId(), n.unit().code(), n.plan().planId(),
                n.phaseNumber(), n.kind().name(), message.subject(), message.body(), eventType,
                json.writeValueAsString(data), n.unit().name()), reminderSent);
    }

    /**
     * @param outgoing what the channels send
     * @param reminderSent the ReminderSent event of a reminder, null for anything else
     */
    record Rendered(Outgoing outgoing, ReminderSent reminderSent) {
    }
}
