package vn.ldld.notification.delivery;

import java.time.Instant;

import vn.ldld.notification.preference.Channel;

/** A delivery as the log shows it: without the webhook payload, and with a {@link DeliveryFailure} as last error. */
record DeliveryView(String deliveryId, String notificationId, String unitCode, String planId, int phaseNumber,
                    String kind, Channel channel, String target, String subject, DeliveryStatus status, int attempts,
                    Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError, String batchId) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.deliveryId(), d.notificationId(), d.unitCode(), d.planId(), d.phaseNumber(),
                d.kind(), d.channel(), d.target(), d.subject(), d.status(), d.attempts(), d.createdAt(),
                d.nextAttemptAt(), d.sentAt(), DeliveryFailure.shown(d.lastError()), d.batchId());
    }
}
