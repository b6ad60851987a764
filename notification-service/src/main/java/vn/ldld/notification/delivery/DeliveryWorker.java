package vn.ldld.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
                DeliveryStatus.SENDING, properties.lease(), instance.run())
                .readingAhead("unitCode", "channel", "target");
        this.mail = mail;
        this.webhooks = webhooks;
        this.preferences = preferences;
        this.quietTime = quietTime;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Sends what is due now, at most {@code notification.delivery.batch-size}; an e-mail also takes the unit's other
     * due e-mails to the same address.
     *
     * @return how many deliveries were attempted
     */
    public int sendDue() {
        Instant now = clock.instant();
        return claims.claimDue(now, properties.batchSize(), (first, ahead) -> {
            if (first.channel() != Channel.EMAIL) {
                sendWebhook(first, now);
                return 1;
            }
            List<Delivery> batch = new ArrayList<>(List.of(first));
            // a unit with one e-mail due (the common case) costs no claim that finds nothing
            boolean mayBatch = ahead.mayHaveOther(first.id(), due -> first.unitCode()
                    .equals(due.getString("unitCode")) && Channel.EMAIL.name().equals(due.getString("channel"))
                    && Objects.equals(first.target(), due.getString("target")));
            Delivery next;
            while (mayBatch && batch.size() < MAX_PER_MESSAGE && (next = claims.claim(now, Criteria.where("unitCode")
                    .is(first.unitCode()).and("channel").is(Channel.EMAIL).and("target").is(first.target())))
                    != null) {
                batch.add(next);
            }
            sendMail(batch, now);
            return batch.size();
        });
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
            batch.forEach(d -> sent(d, now, batchId));
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
            sent(delivery, now, null);
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

    private void sent(Delivery delivery, Instant now, String batchId) {
        claims.release(delivery.id(), new Update().set("status", DeliveryStatus.SENT).set("sentAt", now)
                .inc("attempts", 1).set("batchId", batchId).unset("owner").unset("leaseUntil"));
        meters.counter("reminders.delivered", "kind", delivery.kind(), "channel", delivery.channel().name())
                .increment();
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
