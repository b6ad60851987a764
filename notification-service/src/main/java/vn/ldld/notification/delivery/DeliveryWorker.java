package vn.ldld.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import vn.ldld.messaging.InstanceId;
import vn.ldld.notification.claim.DuePass;
import vn.ldld.notification.claim.LeasedClaims;
import vn.ldld.notification.preference.Channel;
import vn.ldld.notification.preference.Preferences;
import vn.ldld.notification.preference.UnitPreferences;
import vn.ldld.notification.secret.UnreadableSecretException;

/**
 * Sends the e-mails and webhook calls that are due. Each delivery is claimed with a lease ({@link LeasedClaims}:
 * PENDING → SENDING with this instance as owner), so several instances never send one twice; the e-mails due for one
 * unit at once go out as one message; a failure is retried with exponential back-off until
 * {@code notification.delivery.retry.give-up-after}, then marked failed.
 */
@Component
@Order(2)
public class DeliveryWorker implements DuePass {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int MAX_PER_MESSAGE = 20;

    private final LeasedClaims<Delivery> claims;
    private final MailChannel mail;
    private final WebhookChannel webhooks;
    private final Preferences preferences;
    private final QuietTime quietTime;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    DeliveryWorker(MongoTemplate mongo, MailChannel mail, WebhookChannel webhooks, Preferences preferences,
                   QuietTime quietTime, DeliveryProperties properties, Clock clock, MeterRegistry meters,
                   InstanceId instance) {
        this.claims = new LeasedClaims<>(mongo, Delivery.class, "nextAttemptAt", DeliveryStatus.PENDING,
                DeliveryStatus.SENDING, properties.lease(), instance.run());
        this.mail = mail;
        this.webhooks = webhooks;
        this.preferences = preferences;
        this.quietTime = quietTime;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Sends what is due now, at most {@code notification.delivery.batch-size}, claimed in groups; the e-mails of one
     * unit to one address in a group go out as one message, with the unit's other e-mails due now, also claimed.
     *
     * @return how many deliveries were attempted
     */
    public int sendDue() {
        Instant now = clock.instant();
        return claims.claimDueTogether(now, properties.batchSize(), group -> send(group, now));
    }

    private int send(LeasedClaims.Group<Delivery> group, Instant now) {
        Map<Recipient, List<Delivery>> mails = new LinkedHashMap<>();
        List<Delivery> webhooks = new ArrayList<>();
        for (Delivery delivery : group.claims()) {
            if (delivery.channel() == Channel.EMAIL) {
                mails.computeIfAbsent(Recipient.of(delivery), recipient -> new ArrayList<>()).add(delivery);
            } else {
                webhooks.add(delivery);
            }
        }
        if (!mails.isEmpty() && !group.complete()) {
            // the units' e-mails due now beyond a full group: one query, which mostly finds none
            Set<String> units = mails.keySet().stream().map(Recipient::unitCode).collect(Collectors.toSet());
            for (Delivery along : claims.claimDueAlso(now, Criteria.where("channel").is(Channel.EMAIL)
                    .and("unitCode").in(units).and("_id").nin(group.claims().stream().map(Delivery::id).toList()),
                    LeasedClaims.CLAIM_TOGETHER)) {
                mails.computeIfAbsent(Recipient.of(along), recipient -> new ArrayList<>()).add(along);
            }
        }
        // each message and each call in turn: the e-mails first, then the webhooks, which may wait on a slow server
        List<List<Delivery>> sends = new ArrayList<>();
        for (List<Delivery> toOne : mails.values()) {
            for (int from = 0; from < toOne.size(); from += MAX_PER_MESSAGE) {
                sends.add(toOne.subList(from, Math.min(from + MAX_PER_MESSAGE, toOne.size())));
            }
        }
        webhooks.forEach(webhook -> sends.add(List.of(webhook)));
        Instant startBy = now.plus(properties.lease()).minus(longestSend());
        int attempted = 0;
        for (int i = 0; i < sends.size(); i++) {
            if (i > 0 && clock.instant().isAfter(startBy)) {
                putBack(sends.subList(i, sends.size()));
                break;
            }
            List<Delivery> send = sends.get(i);
            if (send.get(0).channel() == Channel.EMAIL) {
                sendMail(send, now);
            } else {
                sendWebhook(send.get(0), now);
            }
            attempted += send.size();
        }
        return attempted;
    }

    /**
     * How long before the lease runs out the last send of a group may start: the longer of half the lease and a
     * webhook call at its slowest (its timeout to connect, then again to answer). The SMTP timeouts (5 s to connect,
     * 10 s to write, 10 s to read) fit in half the default lease.
     */
    private Duration longestSend() {
        Duration call = properties.webhookTimeout().multipliedBy(2);
        Duration half = properties.lease().dividedBy(2);
        return call.compareTo(half) > 0 ? call : half;
    }

    /**
     * Gives back, still due, the claims this pass has no time left to send within their lease (slow webhook
     * servers before them): sent after the lease ran out, they could have been taken and sent by another instance too.
     * The next pass of any instance sends them.
     */
    private void putBack(List<List<Delivery>> unsent) {
        List<String> ids = unsent.stream().flatMap(List::stream).map(Delivery::id).toList();
        claims.releaseAll(ids, new Update().set("status", DeliveryStatus.PENDING).unset("owner").unset("leaseUntil"));
        log.atInfo().setMessage("Deliveries left for the next pass, their lease running out")
                .addKeyValue("deliveries", ids.size()).log();
    }

    /** Whom an e-mail goes to: its unit, at one address. */
    private record Recipient(String unitCode, String target) {

        static Recipient of(Delivery delivery) {
            return new Recipient(delivery.unitCode(), delivery.target());
        }
    }

    @Override
    public int runDue() {
        return sendDue();
    }

    private void sendMail(List<Delivery> batch, Instant now) {
        Delivery first = batch.get(0);
        String subject = batch.size() == 1 ? first.subject()
                : "[LĐLĐ] %d thông báo, nhắc việc gửi %s".formatted(batch.size(),
                        first.unitName() != null ? first.unitName() : first.unitCode());
        String body = batch.size() == 1 ? first.body() : combined(batch);
        String batchId = batch.size() == 1 ? null : first.deliveryId();
        try {
            mail.send(first.target(), subject, body, first.deliveryId());
            sent(batch, now, batchId);
            log.atInfo().setMessage("E-mail sent").addKeyValue("unitCode", first.unitCode())
                    .addKeyValue("notifications", batch.size()).addKeyValue("deliveryId", first.deliveryId()).log();
        } catch (Exception e) {
            DeliveryException failure = new DeliveryException(DeliveryFailure.MAIL_NOT_SENT, e.toString(), e);
            batch.forEach(d -> failed(d, now, failure));
        }
    }

    private static String combined(List<Delivery> batch) {
        StringBuilder text = new StringBuilder("Đơn vị có %d thông báo mới:%n".formatted(batch.size()));
        for (int i = 0; i < batch.size(); i++) {
            text.append("\n").append(i + 1).append(". ").append(batch.get(i).subject()).append("\n\n")
                    .append(batch.get(i).body()).append("\n");
        }
        return text.toString();
    }

    private void sendWebhook(Delivery delivery, Instant now) {
        UnitPreferences unit = preferences.of(delivery.unitCode());
        try {
            if (!unit.webhookApproved() || !delivery.target().equals(unit.webhookUrl())) {
                throw new DeliveryException(DeliveryFailure.WEBHOOK_NOT_APPROVED,
                        "province staff have not approved this webhook URL", null);
            }
            String secret = webhookSecret(unit);
            webhooks.send(delivery, secret, now);
            sent(List.of(delivery), now, null);
            log.atInfo().setMessage("Webhook delivered").addKeyValue("unitCode", delivery.unitCode())
                    .addKeyValue("deliveryId", delivery.deliveryId()).addKeyValue("attempt", delivery.attempts() + 1)
                    .log();
        } catch (DeliveryException e) {
            failed(delivery, now, e);
        } catch (RuntimeException e) {
            failed(delivery, now, new DeliveryException(DeliveryFailure.DELIVERY_FAILED, e.toString(), e));
        }
    }

    private String webhookSecret(UnitPreferences unit) throws DeliveryException {
        try {
            String secret = preferences.webhookSecret(unit);
            if (secret == null) {
                throw new DeliveryException(DeliveryFailure.WEBHOOK_SECRET_MISSING, "the unit has no webhook secret",
                        null);
            }
            return secret;
        } catch (UnreadableSecretException e) {
            throw new DeliveryException(DeliveryFailure.WEBHOOK_SECRET_UNREADABLE, e.getMessage(), e);
        }
    }

    /** Marks the deliveries of one message or call sent, in one write. */
    private void sent(List<Delivery> deliveries, Instant now, String batchId) {
        claims.releaseAll(deliveries.stream().map(Delivery::id).toList(), new Update().set("status",
                DeliveryStatus.SENT).set("sentAt", now).inc("attempts", 1).set("batchId", batchId).unset("owner")
                .unset("leaseUntil"));
        deliveries.forEach(delivery -> meters.counter("reminders.delivered", "kind", delivery.kind(), "channel",
                delivery.channel().name()).increment());
    }

    /** Records the failure: its coarse reason in the delivery log, its detail in the service log only. */
    private void failed(Delivery delivery, Instant now, DeliveryException cause) {
        int attempts = delivery.attempts() + 1;
        Instant retryAt = quietTime.nextAllowed(now.plus(properties.retry().backoff(attempts)));
        boolean giveUp = retryAt.isAfter(delivery.createdAt().plus(properties.retry().giveUpAfter()));
        Update update = new Update().set("attempts", attempts).set("lastError", cause.failure().name())
                .unset("owner").unset("leaseUntil");
        if (giveUp) {
            update.set("status", DeliveryStatus.FAILED);
        } else {
            update.set("status", DeliveryStatus.PENDING).set("nextAttemptAt", retryAt);
        }
        claims.release(delivery.id(), update);
        meters.counter("deliveries.failures", "channel", delivery.channel().name(), "final", Boolean.toString(giveUp))
                .increment();
        log.atWarn().setMessage(giveUp ? "Delivery failed, giving up" : "Delivery failed, will retry")
                .addKeyValue("unitCode", delivery.unitCode()).addKeyValue("channel", delivery.channel())
                .addKeyValue("deliveryId", delivery.deliveryId()).addKeyValue("attempts", attempts)
                .addKeyValue("retryAt", giveUp ? null : retryAt).addKeyValue("reason", cause.failure())
                .addKeyValue("error", cause.getMessage()).log();
    }
}
