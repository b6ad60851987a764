package vn.ldld.notification.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.mongodb.bulk.BulkWriteResult;

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
import vn.ldld.notification.schedule.Schedule.Cancelling;

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
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final Deliveries deliveries;
    private final Outbox outbox;
    private final EventFactory events;
    private final Schedule schedule;
    private final MeterRegistry meters;

    Handover(MongoTemplate mongo, Deliveries deliveries, Outbox outbox, EventFactory events, Schedule schedule,
             MeterRegistry meters) {
        this.mongo = mongo;
        this.schedule = schedule;
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

    /**
     * Hands claimed notifications to their channels together (one insert of the inbox entries, one of the
     * deliveries), then marks each SENT with its events, in one write of all the marks; each mark applies only while
     * the claim is still held ({@code held}). One whose claim was lost meanwhile (the lease ran out and another
     * instance took it over) is left to that instance: the channels' keys kept it from going out twice.
     *
     * @return how many were marked sent
     */
    int sendClaimed(List<Ready> ready, Instant now, Function<String, Query> held) {
        if (ready.isEmpty()) {
            return 0;
        }
        handOff(ready);
        List<Outbox.Change> marks = ready.stream().map(r -> new Outbox.Change(held.apply(r.notification().id()),
                new Update().set("status", NotificationStatus.SENT).set("sentAt", now)
                        .set("channels", r.reach().names()).unset("leaseUntil"),
                events(r.notification(), r.rendered(), now))).toList();
        int marked = outbox.applyAll(Notification.class, marks);
        Set<String> markedHere = marked == ready.size()
                ? ready.stream().map(r -> r.notification().id()).collect(Collectors.toSet())
                : markedSentAt(ready, now);
        for (Ready r : ready) {
            if (markedHere.contains(r.notification().id())) {
                sent(r.notification(), r.reach().channels());
            } else {
                log.atWarn().setMessage("Claim lost before marking sent").addKeyValue("key", r.notification().id())
                        .log();
            }
        }
        return markedHere.size();
    }

    /** Which of {@code ready} are marked SENT at {@code now}: by this pass, when not all its marks applied. */
    private Set<String> markedSentAt(List<Ready> ready, Instant now) {
        Query query = Query.query(Criteria.where("_id").in(ready.stream().map(r -> r.notification().id()).toList())
                .and("status").is(NotificationStatus.SENT).and("sentAt").is(now));
        query.fields().include("_id");
        return mongo.find(query, Document.class, mongo.getCollectionName(Notification.class)).stream()
                .map(document -> document.getString("_id")).collect(Collectors.toSet());
    }

    /**
     * Hands notifications that were never stored to their channels, then stores them SENT: notices due at once,
     * sent while the event that causes them is applied. The channels get all of them together (one insert of the
     * inbox entries, one of the deliveries); then one write stores those without events (each an upsert that only
     * inserts) and cancels {@code alsoCancel}, while each with events is stored by its own outbox insert. A crash in
     * between sends nothing twice and loses nothing: the event is applied again (its inbox mark was left
     * unfinished), the channels' keys find what was handed over already, and the write then stores them. One stored
     * already (the event applied before, or the notice scheduled by an earlier version) is left as it is: counted
     * and marked where it was stored.
     *
     * @param alsoCancel pending notifications the same events cancel
     * @return how many were stored now
     */
    int sendNew(List<Ready> ready, Instant now, List<Cancelling> alsoCancel) {
        if (ready.isEmpty()) {
            alsoCancel.forEach(schedule::cancel);
            return 0;
        }
        handOff(ready);
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
        Set<Integer> present = storeAndCancel(plain.stream().map(r -> r.sent(now)).toList(), alsoCancel);
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

    /** Hands {@code ready} to their channels together: one insert of the inbox entries, one of the deliveries. */
    private void handOff(List<Ready> ready) {
        deliveries.deliver(ready.stream().map(r -> new Handoff(r.rendered().outgoing(), r.reach())).toList());
    }

    /**
     * Stores {@code sent} and cancels {@code alsoCancel} in one write (one update command): an update of each set
     * of pending notifications to cancel, and an upsert per notification that only inserts, so one stored already is
     * left as it is.
     *
     * @return the positions in {@code sent} of those stored already
     */
    private Set<Integer> storeAndCancel(List<Notification> sent, List<Cancelling> alsoCancel) {
        if (sent.isEmpty()) {
            alsoCancel.forEach(schedule::cancel);
            return Set.of();
        }
        List<Cancelling> cancels = alsoCancel.stream().filter(cancelling -> !cancelling.isEmpty()).toList();
        int first = cancels.size();
        BulkOperations write = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class);
        cancels.forEach(cancelling -> write.updateMulti(cancelling.query(), cancelling.update()));
        sent.forEach(n -> write.upsert(Query.query(Criteria.where("_id").is(n.id())), insertOnly(n)));
        BulkWriteResult result;
        try {
            result = write.execute();
        } catch (BulkOperationException failed) {
            // an upsert refused on the key: stored meanwhile by another instance, so stored already
            if (failed.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY
                    || error.getIndex() < first)) {
                throw failed;
            }
            result = failed.getResult();
        } catch (DuplicateKeyException one) {
            // a store that reports the duplicate alone: the cancels and the inserts apart, as the keys decide
            cancels.forEach(schedule::cancel);
            return KeyedInserts.insertNew(mongo, sent, Notification.class);
        }
        Set<Integer> inserted = result.getUpserts().stream().map(upsert -> upsert.getIndex() - first)
                .collect(Collectors.toSet());
        Set<Integer> present = new HashSet<>();
        for (int i = 0; i < sent.size(); i++) {
            if (!inserted.contains(i)) {
                present.add(i);
            }
        }
        // an upsert that finds its notification there modifies nothing: what was modified was cancelled
        schedule.cancelled(cancels, result.getModifiedCount());
        return present;
    }

    /** An update that, as an upsert, inserts {@code n} as it is, and changes nothing when it is there. */
    private Update insertOnly(Notification n) {
        Document document = new Document();
        mongo.getConverter().write(n, document);
        document.remove("_id");
        Update update = new Update();
        document.forEach(update::setOnInsert);
        return update;
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
