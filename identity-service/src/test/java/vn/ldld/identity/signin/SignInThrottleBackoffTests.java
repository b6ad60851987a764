package vn.ldld.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The waits of one account on a clock the test moves: free failures, then doubling waits up to the longest. */
class SignInThrottleBackoffTests {

    private Instant now = Instant.parse("2023-07-20T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(new ThrottleProperties(2, Duration.ofSeconds(10),
            Duration.ofSeconds(60), Duration.ofHours(1), 1000, new ThrottleProperties.Address(1000,
            Duration.ofMinutes(10))), new SimpleMeterRegistry(), clock);
    private final String staff = SignInThrottle.account("Staff ");

    @Test
    void eachFailureAfterTheFreeOnesDoublesTheWaitUpToTheLongest() {
        assertThat(throttle.failed(staff, "203.0.113.1")).isEmpty();
        assertThat(throttle.failed(staff, "203.0.113.1")).hasValue(Duration.ofSeconds(10));
        assertThat(throttle.waitFor(SignInThrottle.account("staff"), "198.51.100.1")).hasValue(Duration.ofSeconds(10));

        assertThat(failAfterTheWait()).hasValue(Duration.ofSeconds(20));
        assertThat(failAfterTheWait()).hasValue(Duration.ofSeconds(40));
        assertThat(failAfterTheWait()).hasValue(Duration.ofSeconds(60));
        assertThat(failAfterTheWait()).hasValue(Duration.ofSeconds(60));
    }

    @Test
    void aSuccessOrAnHourWithoutFailuresForgetsThem() {
        throttle.failed(staff, "203.0.113.1");
        throttle.succeeded(staff);
        assertThat(throttle.failed(staff, "203.0.113.1")).isEmpty();

        now = now.plus(Duration.ofMinutes(61));
        assertThat(throttle.failed(staff, "203.0.113.1")).as("the first failure again").isEmpty();
    }

    @Test
    void anotherAccountIsNotHeldUp() {
        throttle.failed(staff, "203.0.113.1");
        throttle.failed(staff, "203.0.113.1");
        assertThat(throttle.waitFor(SignInThrottle.account("ldld-tb"), "198.51.100.1")).isEmpty();
    }

    private Optional<Duration> failAfterTheWait() {
        now = now.plus(throttle.waitFor(staff, "203.0.113.1").orElseThrow()).plusMillis(1);
        assertThat(throttle.waitFor(staff, "203.0.113.1")).isEmpty();
        return throttle.failed(staff, "203.0.113.1");
    }
}
