package vn.ldld.notification.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import vn.ldld.messaging.outbox.EventFactory;
import vn.ldld.messaging.outbox.Outbox;
import vn.ldld.messaging.outbox.OutboxEvent;
import vn.ldld.notification.KeyedInserts;
import vn.ldld.notification.delivery.Deliveries;
import vn.ldld.notification.delivery.Deliveries.Handoff;
import vn.ldld.notification.delivery.Deliveries.Reach;
import vn.ldld.notification.preference.Channel;
import vn.ldld.notification.schedule.DueDecisions.Unsent;
import vn.ldld.notification.schedule.NoticeRenderer.Rendered;

/**
 * Hands a claimed notification to its channels (each keyed on the notification key, so a crash between send and
 * mark sends nothing twice), then marks it SENT with its ReminderSent (and ReportOverdue) events in the same
 * single-document write; or marks one that is not to be sent CANCELLED or SKIPPED. Each mark applies only while the
 * claim is still held.
 */
@Component
class Handover {

    static final String TOPIC = "notification-events";
    private static final Logger log = LoggerFactory.getLogger(Handover.class);

    private final MongoTemplate mongo;
    private final Deliveries deliveries;
    private final Outbox outbox;
    private final EventFactory events;
    private final MeterRegistry meters;

    Handover(MongoTemplate mongo, Deliveries deliveries, Outbox outbox, EventFactory events, MeterRegistry meters) {
        this.mongo = mongo;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.events = events;
        this.meters = meters;
    }

    /** Marks a notification that is not to be sent. */
    void setAside(Notification notification, Query held, Unsent unsent) {
        NotificationStatus status = unsent.status();
        outbox.apply(held, new Update().set("status", status).set("outcome", unsent.reason()).unset("leaseUntil"),
                Notification.class, List.of());
        meters.counter(status == NotificationStatus.CANCELLED ? "reminders.cancelled" : "reminders.skipped",
                "kind", notification.kind().name()).increment();
        log.atInfo().setMessage("Notification not sent").addKeyValue("key", notification.id())
                .addKeyValue("status", status).addKeyValue("reason", unsent.reason()).log();
    }

    /** Hands the notification to {@code channels} and marks it sent. */
    void send(Notification n, Query held, Reach reach, Rendered rendered, Instant now) {
        deliveries.deliver(rendered.outgoing(), reach);
        boolean marked = outbox.apply(held, new Update().set("status", NotificationStatus.SENT).set("sentAt", now)
                .set("channels", reach.names()).unset("leaseUntil"), Notification.class, events(n, rendered, now));
        if (!marked) {
            // our lease ran out and another instance took it over: the channels' keys kept it from going out twice
            log.atWarn().setMessage("Claim lost before marking sent").addKeyValue("key", n.id()).log();
            return;
        }
        sent(n, reach.channels());
    }

    /**
     * Hands notifications that were never stored to their channels, then stores them SENT: notices due at once,
     * sent while the event that causes them is applied. The channels get all of them together (one insert of the
     * inbox entries, one of the deliveries), then those without events are stored in one insert, each with events
     * in its own outbox insert. A crash in between sends nothing twice and loses nothing: the event is applied
     * again (its inbox mark was left unfinished), the channels' keys find what was handed over already, and the
     * insert then stores them. One stored already (the event applied before, or the notice scheduled by an earlier
     * version) is left as it is: counted and marked where it was stored.
     *
     * @return how many were stored now
     */
    int sendNew(List<Ready> ready, Instant now) {
        if (ready.isEmpty()) {
            return 0;
        }
        deliveries.deliver(ready.stream().map(r -> new Handoff(r.rendered().outgoing(), r.reach())).toList());
        List<Ready> plain = new ArrayList<>();
        List<Ready> stored = new ArrayList<>();
        for (Ready r : ready) {
            List<OutboxEvent> published = events(r.notification(), r.rendered(), now);
            if (published.isEmpty()) {
                plain.add(r);
            } else if (insertWithEvents(r.sent(now), published)) {
                stored.add(r);
            }
        }
        Set<Integer> present = KeyedInserts.insertNew(mongo, plain.stream().map(r -> r.sent(now)).toList(),
                Notification.class);
        for (int i = 0; i < plain.size(); i++) {
            if (present.contains(i)) {
                alreadyStored(plain.get(i).notification());
            } else {
                stored.add(plain.get(i));
            }
        }
        for (Ready r : stored) {
            // what Schedule.add counts for every notification it stores
            meters.counter("reminders.scheduled", "kind", r.notification().kind().name()).increment();
            sent(r.notification(), r.reach().channels());
        }
        return stored.size();
    }

    /**
     * A notification due at once, decided and rendered, with the channels that reach its unit.
     */
    record Ready(Notification notification, Reach reach, Rendered rendered) {

        Notification sent(Instant now) {
            return notification.sent(now, reach.names());
        }
    }

    private boolean insertWithEvents(Notification sent, List<OutboxEvent> published) {
        try {
            outbox.insert(sent, published);
            return true;
        } catch (DuplicateKeyException stored) {
            alreadyStored(sent);
            return false;
        }
    }

    private static void alreadyStored(Notification n) {
        log.atInfo().setMessage("Notification stored already, not repeated").addKeyValue("key", n.id()).log();
    }

    private List<OutboxEvent> events(Notification n, Rendered rendered, Instant now) {
        List<OutboxEvent> published = new ArrayList<>();
        if (n.kind() == NotificationKind.OVERDUE_NOTICE) {
            published.add(events.create(TOPIC, ReportOverdue.TYPE, n.subjectUnit().code(),
                    new ReportOverdue(n.plan().planId(), n.plan().number(), n.phaseNumber(),
                            ReportOverdue.UnitRef.of(n.subjectUnit()), n.deadline(), now)));
        }
        if (rendered.reminderSent() != null) {
            published.add(events.create(TOPIC, ReminderSent.TYPE, n.unit().code(), rendered.reminderSent()));
        }
        return published;
    }

    private void sent(Notification n, List<Channel> channels) {
        List<String> channelNames = channels.stream().map(Channel::name).toList();
        channels.forEach(channel -> meters.counter("reminders.sent", "kind", n.kind().name(),
                "channel", channel.name()).increment());
        log.atInfo().setMessage("Notification sent").addKeyValue("key", n.id()).addKeyValue("kind", n.kind())
                .addKeyValue("unitCode", n.unit().code()).addKeyValue("planId", n.plan().planId())
                .addKeyValue("phaseNumber", n.phaseNumber()).addKeyValue("channels", channelNames).log();
    }
}
