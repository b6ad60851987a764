package vn.ldld.analytics.plan;

import java.time.Instant;

/**
 * A phase (đợt) of a plan.
 *
 * @param number phase number, from 1
 * @param name Vietnamese name, e.g. "Đợt I/2023", or {@code null}
 * @param startDate first day, {@code YYYY-MM-DD} in the plan's zone
 * @param endDate last day, {@code YYYY-MM-DD}
 * @param reportDeadline the deadline in force: a report received after it is late (unless a later amendment extends it)
 * @param timeZone zone of the dates, e.g. {@code Asia/Ho_Chi_Minh}
 */
public record Phase(int number, String name, String startDate, String endDate, Instant reportDeadline,
                    String timeZone) {

    /** The name, or "Đợt n" when the plan gave none. */
    public String displayName() {
        return name != null && !name.isBlank() ? name : "Đợt " + number;
    }
}
