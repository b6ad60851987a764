package vn.ldld.notification.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.InstanceId;
import vn.ldld.notification.claim.DuePass;
import vn.ldld.notification.claim.LeasedClaims;
import vn.ldld.notification.delivery.Deliveries.Reach;
import vn.ldld.notification.schedule.DueDecisions.Unsent;
import vn.ldld.notification.schedule.Schedule.Cancelling;

/**
 * Sends the notifications that are due. Each is claimed with a lease ({@link LeasedClaims}: PENDING → CLAIMED with
 * this instance as owner), so several instances over one database never both take it; a claim whose instance died is
 * taken over once its lease has run out. What becomes of each is decided by {@link DueDecisions}, its text and event
 * rendered by {@link NoticeRenderer}, and it is handed to its channels (or set aside) by {@link Handover}.
 */
@Component
@Order(1)
public class Dispatcher implements DuePass {

    private final LeasedClaims<Notification> claims;
    private final Clock clock;
    private final SchedulerProperties properties;
    private final DueDecisions decisions;
    private final NoticeRenderer renderer;
    private final Handover handover;
    private final Schedule schedule;

    @Autowired
    Dispatcher(MongoTemplate mongo, InstanceId instance, Clock clock, SchedulerProperties properties,
               DueDecisions decisions, NoticeRenderer renderer, Handover handover, Schedule schedule) {
        this(new LeasedClaims<>(mongo, Notification.class, "dueAt", NotificationStatus.PENDING,
                NotificationStatus.CLAIMED, properties.lease(), instance.run()), clock, properties, decisions,
                renderer, handover, schedule);
    }

    private Dispatcher(LeasedClaims<Notification> claims, Clock clock, SchedulerProperties properties,
                       DueDecisions decisions, NoticeRenderer renderer, Handover handover, Schedule schedule) {
        this.claims = claims;
        this.clock = clock;
        this.properties = properties;
        this.decisions = decisions;
        this.renderer = renderer;
        this.handover = handover;
        this.schedule = schedule;
    }

    /** Another scheduler instance over the same database, as a second process would be. */
    public Dispatcher asInstance(String otherOwner) {
        return new Dispatcher(claims.as(otherOwner), clock, properties, decisions, renderer, handover, schedule);
    }

    /** This instance's owner id in claims. */
    public String owner() {
        return claims.owner();
    }

    /**
     * Claims and handles what is due now, at most {@code notification.scheduler.batch-size}.
     *
     * @return how many notifications this pass claimed
     */
    public int dispatchDue() {
        Instant now = clock.instant();
        return claims.claimDueTogether(now, properties.batchSize(), group -> {
            handleAll(group.claims(), now);
            return group.claims().size();
        });
    }

    @Override
    public int runDue() {
        return dispatchDue();
    }

    /**
     * Sends a notice due at once while the event that causes it is applied; see {@link #sendNow(List, Cancelling)}.
     */
    public void sendNow(Notification notification) {
        sendNow(List.of(notification), Cancelling.NONE);
    }

    /**
     * Sends notices due at once while the event that causes them is applied: decided, rendered and handed over as a
     * pass would ({@link DueDecisions}, {@link NoticeRenderer}, {@link Handover}: the same channels, quiet hours,
     * text, events and counts), but stored once, SENT, instead of stored PENDING, then found, claimed and marked.
     * The notices of one event go together: their units' preferences read in one query, their inbox entries and
     * deliveries written in one insert each, then their documents stored in one write that also cancels
     * {@code alsoCancel} (what the same event cancels). One not due yet, or not to be sent, is scheduled as any
     * other. The caller applies an event at most once (messaging's inbox) and again when that did not finish, which
     * {@link Handover#sendNew} relies on.
     */
    public void sendNow(List<Notification> notifications, Cancelling alsoCancel) {
        sendNow(notifications, List.of(alsoCancel));
    }

    /**
     * Sends the notices due at once of several events applied together, as {@link #sendNow(List, Cancelling)} does
     * for one: all their units' preferences in one query, all their inbox entries and deliveries in one insert each,
     * all their documents stored and what each event cancels ({@code alsoCancel}) in one write.
     */
    public void sendNow(List<Notification> notifications, List<Cancelling> alsoCancel) {
        Instant now = clock.instant();
        List<Notification> due = new ArrayList<>();
        List<Notification> later = new ArrayList<>();
        for (Notification notification : notifications) {
            boolean sendable = !notification.dueAt().isAfter(now) && decisions.whyNotSend(notification, now) == null;
            (sendable ? due : later).add(notification);
        }
        schedule.add(later);
        handover.sendNew(ready(due, now), now, alsoCancel);
    }

    /** Claims the earliest due notification for this instance, or returns null. */
    public Notification claim(Instant now) {
        return claims.claim(now, null);
    }

    /**
     * Handles claimed notifications together: each one not to be sent is set aside; the others' units' preferences
     * are read at once, and they are handed over and marked sent together.
     */
    private void handleAll(List<Notification> claimed, Instant now) {
        List<Notification> toSend = new ArrayList<>();
        for (Notification notification : claimed) {
            Unsent unsent = decisions.whyNotSend(notification, now);
            if (unsent != null) {
                handover.setAside(notification, claims.held(notification.id()), unsent);
            } else {
                toSend.add(notification);
            }
        }
        handover.sendClaimed(ready(toSend, now), now, claims::held);
    }

    /**
     * The notifications to send, each with the channels that reach its unit (their units' preferences read at once)
     * and its text.
     */
    private List<Handover.Ready> ready(List<Notification> notifications, Instant now) {
        if (notifications.isEmpty()) {
            return List.of();
        }
        Map<String, Reach> reaches = decisions.channelsFor(notifications);
        return notifications.stream().map(notification -> {
            Reach reach = reaches.get(notification.unit().code());
            return new Handover.Ready(notification, reach, renderer.render(notification, reach.names(), now));
        }).toList();
    }
}
