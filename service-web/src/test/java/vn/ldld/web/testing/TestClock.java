package vn.ldld.web.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the tests set and move; a service under test reads all its time from it (in UTC). */
public class TestClock extends Clock {

    private volatile Instant now;

    /** @param start the instant the clock shows until it is set or moved */
    public TestClock(Instant start) {
        this.now = start;
    }

    /** @param start the instant the clock shows until it is set or moved, e.g. {@code 2023-07-01T03:00:00Z} */
    public TestClock(String start) {
        this(Instant.parse(start));
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void set(String instant) {
        set(Instant.parse(instant));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
