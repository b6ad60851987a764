package vn.ldld.notification.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/** Moves a sending time out of the quiet hours, to the morning. */
@Component
class QuietTime {

    private final DeliveryProperties.QuietHours hours;

    QuietTime(DeliveryProperties properties) {
        this.hours = properties.quietHours();
    }

    /** {@code at}, or the end of the quiet hours it falls in. */
    Instant nextAllowed(Instant at) {
        if (!hours.enabled() || hours.start().equals(hours.end())) {
            return at;
        }
        ZonedDateTime local = at.atZone(hours.zone());
        LocalTime time = local.toLocalTime();
        boolean overnight = hours.start().isAfter(hours.end());
        boolean quiet = overnight ? !time.isBefore(hours.start()) || time.isBefore(hours.end())
                : !time.isBefore(hours.start()) && time.isBefore(hours.end());
        if (!quiet) {
            return at;
        }
        ZonedDateTime end = local.with(hours.end()).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
