package vn.ldld.plan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Reference to an organisational unit, as known when the plan is written (the units directory comes later).
 *
 * @param code stable unit code, e.g. {@code LDLD-GD}
 * @param name full Vietnamese name
 * @param shortName short name used in documents, optional
 * @param kind kind of unit
 * @param parentCode code of the parent unit, or null for a top-level unit or a partner agency
 */
public record UnitRef(
        @NotBlank @Pattern(regexp = Limits.UNIT_CODE) String code,
        @NotBlank @Size(max = Limits.NAME) String name,
        @Size(min = 1, max = Limits.NAME) String shortName,
        @NotNull UnitKind kind,
        @Pattern(regexp = Limits.UNIT_CODE) String parentCode) {
}
