package vn.ldld.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietTimeTests {

    private static final ZoneId TAY_NINH = ZoneId.of("Asia/Ho_Chi_Minh");

    private final QuietTime quiet = quietTime(true);

    @Test
    void anEveningSendingWaitsForSevenNextMorning() {
        assertThat(quiet.nextAllowed(Instant.parse("2023-07-25T14:00:00Z"))) // 21:00 local
                .isEqualTo(Instant.parse("2023-07-26T00:00:00Z"));
        assertThat(quiet.nextAllowed(Instant.parse("2023-07-25T16:59:00Z"))) // 23:59 local
                .isEqualTo(Instant.parse("2023-07-26T00:00:00Z"));
    }

    @Test
    void anEarlyMorningSendingWaitsForSevenTheSameDay() {
        assertThat(quiet.nextAllowed(Instant.parse("2023-07-25T17:00:00Z"))) // 00:00 local on 26/7
                .isEqualTo(Instant.parse("2023-07-26T00:00:00Z"));
        assertThat(quiet.nextAllowed(Instant.parse("2023-07-25T23:59:59Z")))
                .isEqualTo(Instant.parse("2023-07-26T00:00:00Z"));
    }

    @Test
    void daytimeSendingsAndDisabledQuietHoursAreNotMoved() {
        Instant seven = Instant.parse("2023-07-26T00:00:00Z");
        assertThat(quiet.nextAllowed(seven)).isEqualTo(seven);
        assertThat(quiet.nextAllowed(seven.plus(Duration.ofHours(13)).minusSeconds(1)))
                .isEqualTo(seven.plus(Duration.ofHours(13)).minusSeconds(1));
        assertThat(quietTime(false).nextAllowed(Instant.parse("2023-07-25T17:00:00Z")))
                .isEqualTo(Instant.parse("2023-07-25T17:00:00Z"));
    }

    private static QuietTime quietTime(boolean enabled) {
        DeliveryProperties.QuietHours hours = new DeliveryProperties.QuietHours(enabled, LocalTime.of(21, 0),
                LocalTime.of(7, 0), TAY_NINH);
        return new QuietTime(new DeliveryProperties("x@y.vn", hours, new DeliveryProperties.Retry(
                Duration.ofSeconds(30), 2.0, Duration.ofMinutes(30), Duration.ofHours(6)), Duration.ofSeconds(60),
                50, Duration.ofSeconds(10), null));
    }
}
