package vn.ldld.notification.delivery;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail and webhook delivery ({@code notification.delivery.*}).
 *
 * @param mailFrom sender of the e-mails
 * @param quietHours when e-mails and webhooks wait for the morning
 * @param retry back-off of a failed e-mail or webhook
 * @param lease how long a claimed delivery is held before another instance may take it
 * @param batchSize how many deliveries one pass sends at most
 * @param webhookTimeout connect and response timeout of a webhook call
 * @param webhookSslBundle an SSL bundle ({@code spring.ssl.bundle.*}) whose trust material checks the receivers'
 *                         certificates instead of the JVM's trusted authorities (a province's own authority), or empty
 */
@ConfigurationProperties("notification.delivery")
public record DeliveryProperties(@DefaultValue("LĐLĐ tỉnh Tây Ninh <thongbao@ldld-tayninh.local>") String mailFrom,
                                 @DefaultValue QuietHours quietHours,
                                 @DefaultValue Retry retry,
                                 @DefaultValue("60s") Duration lease,
                                 @DefaultValue("50") int batchSize,
                                 @DefaultValue("10s") Duration webhookTimeout,
                                 String webhookSslBundle) {

    /**
     * @param enabled false to send at any hour
     * @param start local time quiet hours begin (default 21:00)
     * @param end local time they end (default 07:00)
     * @param zone their zone (default Asia/Ho_Chi_Minh)
     */
    public record QuietHours(@DefaultValue("true") boolean enabled, @DefaultValue("21:00") LocalTime start,
                             @DefaultValue("07:00") LocalTime end, @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {
    }

    /**
     * @param initialInterval wait after the first failure (default 30 s)
     * @param multiplier growth of the wait (default 2)
     * @param maxInterval longest wait (default 30 min)
     * @param giveUpAfter how long after the first attempt a delivery is marked failed (default 6 h)
     */
    public record Retry(@DefaultValue("30s") Duration initialInterval, @DefaultValue("2.0") double multiplier,
                        @DefaultValue("30m") Duration maxInterval, @DefaultValue("6h") Duration giveUpAfter) {

        /** The wait after the {@code attempts}-th failed attempt. */
        Duration backoff(int attempts) {
            double millis = initialInterval.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
            return Duration.ofMillis((long) Math.min(millis, maxInterval.toMillis()));
        }
    }
}
