package vn.ldld.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import vn.ldld.messaging.store.Indexes;
import vn.ldld.notification.KeyedInserts;
import vn.ldld.notification.inbox.Inbox;
import vn.ldld.notification.inbox.InboxEntry;
import vn.ldld.notification.preference.Channel;
import vn.ldld.notification.preference.Preferences;
import vn.ldld.notification.preference.UnitPreferences;

/**
 * Hands a notification to every channel that reaches its unit: the inbox at once, e-mail and webhook through the
 * {@code deliveries} queue (after the quiet hours). Each channel's delivery is keyed on the notification key, so
 * handing the same notification over again (after a crash between send and mark) sends nothing twice.
 */
@Component
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final MongoTemplate mongo;
    private final Inbox inbox;
    private final Preferences preferences;
    private final QuietTime quietTime;
    private final Clock clock;
    private final MeterRegistry meters;

    Deliveries(MongoTemplate mongo, Inbox inbox, Preferences preferences, QuietTime quietTime, Clock clock,
               MeterRegistry meters) {
        this.mongo = mongo;
        // the worker's claim of due and abandoned deliveries; one unit's deliveries (batching, the delivery log)
        Indexes.ensure(mongo, Delivery.class,
                new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC)
                        .named("status_nextAttemptAt"),
                new Index().on("status", Sort.Direction.ASC).on("leaseUntil", Sort.Direction.ASC)
                        .named("status_leaseUntil"),
                new Index().on("unitCode", Sort.Direction.ASC).on("channel", Sort.Direction.ASC).named("unit_channel"));
        this.inbox = inbox;
        this.preferences = preferences;
        this.quietTime = quietTime;
        this.clock = clock;
        this.meters = meters;
    }

    /** The channels that reach {@code unitCode} now, the inbox first, read once with where they go. */
    public Reach reach(String unitCode) {
        return reachOf(preferences.of(unitCode));
    }

    /** The channels that reach each of {@code unitCodes} now, by unit code: their preferences read in one query. */
    public Map<String, Reach> reach(Collection<String> unitCodes) {
        Map<String, Reach> reaches = new LinkedHashMap<>();
        preferences.of(unitCodes).forEach((code, unit) -> reaches.put(code, reachOf(unit)));
        return reaches;
    }

    private static Reach reachOf(UnitPreferences unit) {
        List<Channel> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            if (unit.reaches(channel)) {
                channels.add(channel);
            }
        }
        return new Reach(unit, List.copyOf(channels));
    }

    /** Delivers {@code outgoing} over the channels of {@code reach}, to the addresses read with them. */
    public void deliver(Outgoing outgoing, Reach reach) {
        deliver(List.of(new Handoff(outgoing, reach)));
    }

    /**
     * Delivers each of {@code handoffs} over the channels of its reach: the inbox entries of all in one insert, then
     * the deliveries of all, every channel's, in another. One already there (handed over before a crash) is kept as
     * it is and not counted again; an inbox entry is always written before its delivery record.
     */
    public void deliver(List<Handoff> handoffs) {
        Instant now = clock.instant();
        Instant allowed = quietTime.nextAllowed(now);
        List<InboxEntry> entries = new ArrayList<>();
        List<Delivery> records = new ArrayList<>();
        for (Handoff handoff : handoffs) {
            Outgoing outgoing = handoff.outgoing();
            UnitPreferences unit = handoff.reach().unit();
            for (Channel channel : handoff.reach().channels()) {
                switch (channel) {
                    case IN_APP -> {
                        entries.add(new InboxEntry(outgoing.notificationId(), outgoing.unitCode(), outgoing.planId(),
                                outgoing.phaseNumber(), outgoing.kind(), outgoing.subject(), outgoing.body(), now,
                                null));
                        records.add(record(outgoing, channel, outgoing.unitCode(), DeliveryStatus.SENT, now, now));
                    }
                    case EMAIL -> records.add(record(outgoing, channel, unit.email(), DeliveryStatus.PENDING, now,
                            allowed));
                    case WEBHOOK -> records.add(record(outgoing, channel, unit.webhookUrl(), DeliveryStatus.PENDING,
                            now, allowed));
                }
            }
        }
        inbox.addAll(entries);
        Set<Integer> recorded = KeyedInserts.insertNew(mongo, records, Delivery.class);
        for (int i = 0; i < records.size(); i++) {
            Delivery delivery = records.get(i);
            if (recorded.contains(i)) {
                log.atInfo().setMessage("Delivery already recorded, not repeated").addKeyValue("deliveryKey",
                        delivery.id()).log();
            } else if (delivery.status() == DeliveryStatus.SENT) {
                meters.counter("reminders.delivered", "kind", delivery.kind(), "channel", delivery.channel().name())
                        .increment();
            }
        }
    }

    /** A notification ready to go out, and the channels that reach its unit. */
    public record Handoff(Outgoing outgoing, Reach reach) {
    }

    /**
     * The channels that reach a unit and the unit's preferences they were decided from (its e-mail address, its
     * webhook URL): one read serves both the decision and the delivery.
     *
     * @param channels the inbox first
     */
    public record Reach(UnitPreferences unit, List<Channel> channels) {

        /** The channels' names, in order. */
        public List<String> names() {
            return channels.stream().map(Channel::name).toList();
        }
    }

    private static Delivery record(Outgoing outgoing, Channel channel, String target, DeliveryStatus status,
                                   Instant now, Instant nextAttemptAt) {
        String id = outgoing.key() + "/" + channel;
        String deliveryId = UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString();
        return new Delivery(id, deliveryId, outgoing.notificationId(), outgoing.unitCode(), outgoing.planId(),
                outgoing.phaseNumber(), outgoing.kind(), channel, target, outgoing.subject(), outgoing.body(),
                outgoing.eventType(), outgoing.eventData(), status, 0, now, nextAttemptAt, null, null, null,
                status == DeliveryStatus.SENT ? now : null, null, outgoing.unitName());
    }
}
