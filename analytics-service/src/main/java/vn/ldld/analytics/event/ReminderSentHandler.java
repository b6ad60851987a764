package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.notice.Notices;
import vn.ldld.analytics.notice.ReminderSent;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/** {@code reminder-sent}: the reminder notice. */
@Component
public class ReminderSentHandler implements EventHandler<ReminderSent> {

    private final Notices notices;

    public ReminderSentHandler(Notices notices) {
        this.notices = notices;
    }

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.REMINDER_SENT);
    }

    @Override
    public Class<ReminderSent> payloadType() {
        return ReminderSent.class;
    }

    @Override
    public void check(ReminderSent reminder, InboundEvent event) {
        event.require(reminder.notificationId() != null && reminder.planId() != null
                && reminder.unitCode() != null, "one of: notificationId, planId, unitCode");
    }

    @Override
    public void handle(ReminderSent reminder, InboundEvent event) {
        notices.on(reminder);
    }
}
