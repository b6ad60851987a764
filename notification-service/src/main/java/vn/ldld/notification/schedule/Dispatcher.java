package vn.ldld.notification.schedule;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.ObjectMapper;
import vn.ldld.messaging.outbox.EventFactory;
import vn.ldld.messaging.outbox.Outbox;
import vn.ldld.messaging.outbox.OutboxEvent;
import vn.ldld.notification.delivery.Deliveries;
import vn.ldld.notification.delivery.Outgoing;
import vn.ldld.notification.preference.Channel;

/**
 * Sends the notifications that are due. Each is claimed atomically ({@code findAndModify} PENDING → CLAIMED with
 * this instance as owner and a lease), so several instances over one database never both take it; a claim whose
 * instance died is taken over once its lease has run out. Before sending, a reminder that has become pointless is
 * cancelled (the unit reported) or skipped (its deadline passed, or a later reminder of the same unit and phase is
 * due as well: after downtime only the latest still-relevant one goes out). Sending hands the notification to the
 * channels (each keyed on the notification key, so a crash between send and mark sends nothing twice), then marks it
 * SENT with its ReminderSent (and ReportOverdue) events in the same single-document write.
 */
@Component
public class Dispatcher {

    static final String TOPIC = "notification-events";
    /** Due notifications found per query, then claimed one by one by id. */
    static final int CLAIM_AHEAD = 20;
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final EventFactory events;
    private final Clock clock;
    private final ReportLedger reports;
    private final Templates templates;
    private final Deliveries deliveries;
    private final SchedulerProperties properties;
    private final MeterRegistry meters;
    private final ObjectMapper json;
    private final String owner;

    @Autowired
    Dispatcher(MongoTemplate mongo, Outbox outbox, EventFactory events, Clock clock, ReportLedger reports,
               Templates templates, Deliveries deliveries, SchedulerProperties properties, MeterRegistry meters,
               ObjectMapper json, @Value("${messaging.instance-id:}") String instanceId) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
        this.reports = reports;
        this.templates = templates;
        this.deliveries = deliveries;
        this.properties = properties;
        this.meters = meters;
        this.json = json;
        this.owner = (instanceId == null || instanceId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName()
                : instanceId) + "/" + UUID.randomUUID();
    }

    private Dispatcher(Dispatcher prototype, String owner) {
        this.mongo = prototype.mongo;
        this.outbox = prototype.outbox;
        this.events = prototype.events;
        this.clock = prototype.clock;
        this.reports = prototype.reports;
        this.templates = prototype.templates;
        this.deliveries = prototype.deliveries;
        this.properties = prototype.properties;
        this.meters = prototype.meters;
        this.json = prototype.json;
        this.owner = owner;
    }

    /** Another scheduler instance over the same database, as a second process would be. */
    public Dispatcher asInstance(String otherOwner) {
        return new Dispatcher(this, otherOwner);
    }

    /** This instance's owner id in claims. */
    public String owner() {
        return owner;
    }

    /**
     * Claims and handles what is due now. The earliest due notifications are found in one query, a few at a time,
     * then each is claimed by its id (still due, not taken meanwhile by another instance): one sorted query per
     * {@value #CLAIM_AHEAD} claims instead of one per claim.
     *
     * @return how many notifications this pass claimed
     */
    public int dispatchDue() {
        Instant now = clock.instant();
        int claimed = 0;
        while (claimed < properties.batchSize()) {
            int ahead = Math.min(CLAIM_AHEAD, properties.batchSize() - claimed);
            List<String> candidates = dueIds(now, ahead);
            for (String id : candidates) {
                Notification notification = claim(now, Criteria.where("_id").is(id));
                if (notification != null) {
                    claimed++;
                    handle(notification, now);
                }
            }
            if (candidates.size() < ahead) {
                break; // every due one was found (those another instance took meanwhile are its own)
            }
        }
        return claimed;
    }

    /**
     * Claims the earliest due notification for this instance, or returns null.
     */
    public Notification claim(Instant now) {
        return claim(now, null);
    }

    private Notification claim(Instant now, Criteria only) {
        Criteria due = due(now);
        Update claim = new Update().set("status", NotificationStatus.CLAIMED).set("owner", owner)
                .set("leaseUntil", now.plus(properties.lease()));
        Query query = only == null ? Query.query(due).with(Sort.by("dueAt", "_id"))
                : Query.query(new Criteria().andOperator(only, due));
        return mongo.findAndModify(query, claim, FindAndModifyOptions.options().returnNew(true), Notification.class);
    }

    /** The ids of the earliest due notifications (pending and due, or claimed by an instance whose lease ran out). */
    private List<String> dueIds(Instant now, int limit) {
        Query query = Query.query(due(now)).with(Sort.by("dueAt", "_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, Notification.COLLECTION).stream()
                .map(document -> document.getString("_id")).toList();
    }

    private static Criteria due(Instant now) {
        return new Criteria().orOperator(
                Criteria.where("status").is(NotificationStatus.PENDING).and("dueAt").lte(now),
                Criteria.where("status").is(NotificationStatus.CLAIMED).and("leaseUntil").lt(now));
    }

    private void handle(Notification notification, Instant now) {
        Unsent unsent = whyNotSend(notification, now);
        if (unsent != null) {
            NotificationStatus status = unsent.status();
            outbox.apply(mine(notification), new Update().set("status", status).set("outcome", unsent.reason())
                    .unset("leaseUntil"), Notification.class, List.of());
            meters.counter(status == NotificationStatus.CANCELLED ? "reminders.cancelled" : "reminders.skipped",
                    "kind", notification.kind().name()).increment();
            log.atInfo().setMessage("Notification not sent").addKeyValue("key", notification.id())
                    .addKeyValue("status", status).addKeyValue("reason", unsent.reason()).log();
            return;
        }
        send(notification, now);
    }

    /** Null when it is to be sent, otherwise why not. */
    private Unsent whyNotSend(Notification n, Instant now) {
        String planId = n.plan().planId();
        String unit = n.subjectUnit().code();
        if (n.kind() == NotificationKind.RETURNED_FOLLOW_UP) {
            int revision = Integer.parseInt(n.details().getOrDefault("revision", "0"));
            return reports.awaitsRevision(planId, n.phaseNumber(), unit, revision) ? null
                    : new Unsent(NotificationStatus.CANCELLED, "resubmitted or accepted since it was returned");
        }
        if (NotificationKind.ANSWERED_BY_REPORT.contains(n.kind()) && reports.hasReported(planId, n.phaseNumber(),
                unit)) {
            return new Unsent(NotificationStatus.CANCELLED, "the unit reported");
        }
        if (NotificationKind.BEFORE_THE_DEADLINE.contains(n.kind())) {
            if (!now.isBefore(n.deadline())) {
                return new Unsent(NotificationStatus.SKIPPED, "stale: the deadline passed before it could be sent");
            }
            Query later = Query.query(Criteria.where("plan.planId").is(planId).and("phaseNumber").is(n.phaseNumber())
                    .and("subjectUnit.code").is(unit).and("kind").in(NotificationKind.BEFORE_THE_DEADLINE)
                    .and("status").in(NotificationStatus.PENDING, NotificationStatus.CLAIMED, NotificationStatus.SENT)
                    .and("dueAt").gt(n.dueAt()).lte(now));
            if (mongo.exists(later, Notification.class)) {
                return new Unsent(NotificationStatus.SKIPPED, "stale: superseded by a later reminder due as well");
            }
        }
        return null;
    }

    private void send(Notification n, Instant now) {
        Message message = templates.render(n);
        List<Channel> channels = deliveries.channelsFor(n.unit().code());
        List<String> channelNames = channels.stream().map(Channel::name).toList();
        ReminderSent reminderSent = n.kind().isReminder()
                ? new ReminderSent(n.notificationId(), n.plan().planId(), n.plan().number(), n.phaseNumber(),
                        n.unit().code(), n.kind().name(), n.subjectUnit().code(), n.deadline(), n.dueAt(), now,
                        channelNames)
                : null;
        String eventType = reminderSent != null ? ReminderSent.TYPE : Notice.TYPE;
        Object data = reminderSent != null ? reminderSent
                : new Notice(n.notificationId(), n.plan().planId(), n.plan().number(), n.phaseNumber(),
                        n.unit().code(), n.kind().name(), message.subject(), message.body(), now);
        deliveries.deliver(new Outgoing(n.id(), n.notificationId(), n.unit().code(), n.plan().planId(),
                n.phaseNumber(), n.kind().name(), message.subject(), message.body(), eventType,
                json.writeValueAsString(data)), channels);

        List<OutboxEvent> published = new ArrayList<>();
        if (n.kind() == NotificationKind.OVERDUE_NOTICE) {
            published.add(events.create(TOPIC, ReportOverdue.TYPE, n.subjectUnit().code(),
                    new ReportOverdue(n.plan().planId(), n.plan().number(), n.phaseNumber(),
                            ReportOverdue.UnitRef.of(n.subjectUnit()), n.deadline(), now)));
        }
        if (reminderSent != null) {
            published.add(events.create(TOPIC, ReminderSent.TYPE, n.unit().code(), reminderSent));
        }
        boolean marked = outbox.apply(mine(n), new Update().set("status", NotificationStatus.SENT).set("sentAt", now)
                .set("channels", channelNames).unset("leaseUntil"), Notification.class, published);
        if (!marked) {
            // our lease ran out and another instance took it over: the channels' keys kept it from going out twice
            log.atWarn().setMessage("Claim lost before marking sent").addKeyValue("key", n.id()).log();
            return;
        }
        channels.forEach(channel -> meters.counter("reminders.sent", "kind", n.kind().name(),
                "channel", channel.name()).increment());
        log.atInfo().setMessage("Notification sent").addKeyValue("key", n.id()).addKeyValue("kind", n.kind())
                .addKeyValue("unitCode", n.unit().code()).addKeyValue("planId", n.plan().planId())
                .addKeyValue("phaseNumber", n.phaseNumber()).addKeyValue("channels", channelNames).log();
    }

    /** Why a claimed notification is not sent, and what it becomes. */
    private record Unsent(NotificationStatus status, String reason) {
    }

    private Query mine(Notification n) {
        return Query.query(Criteria.where("_id").is(n.id()).and("status").is(NotificationStatus.CLAIMED)
                .and("owner").is(owner));
    }
}
