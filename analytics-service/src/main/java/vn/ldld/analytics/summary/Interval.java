package vn.ldld.analytics.summary;

import java.time.temporal.ChronoUnit;

/** Width of a timeline bucket. */
public enum Interval {
    HOUR(ChronoUnit.HOURS),
    DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    Interval(ChronoUnit unit) {
        this.unit = unit;
    }

    ChronoUnit unit() {
        return unit;
    }
}
