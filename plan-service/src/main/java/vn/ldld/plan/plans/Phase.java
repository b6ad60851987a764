package vn.ldld.plan.plans;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reporting phase (đợt).
 *
 * @param number phase number, from 1, distinct within a plan
 * @param name display name, e.g. "Đợt I/2023", optional
 * @param startDate first day (in the plan's time zone)
 * @param endDate last day, inclusive
 * @param reportDeadline instant before which reports must be received
 */
public record Phase(
        @NotNull @Min(1) Integer number,
        @Size(min = 1, max = Limits.SHORT) String name,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull Instant reportDeadline) {
}
