package vn.ldld.plan.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ldld.plan.units.UnitKind;

/**
 * Reference to an organisational unit of the units directory. A request may send the code alone: the name, short
 * name, kind and parent are filled from the directory (which wins over what the request says), so that the plan and
 * its events carry the directory's data.
 *
 * @param code stable unit code, e.g. {@code LDLD-GD}
 * @param name full Vietnamese name
 * @param shortName short name used in documents, optional
 * @param kind kind of unit
 * @param parentCode code of the parent unit, or null for a top-level unit or a partner agency
 */
public record UnitRef(
        @NotBlank @Pattern(regexp = Limits.UNIT_CODE) String code,
        @Size(min = 1, max = Limits.NAME) String name,
        @Size(min = 1, max = Limits.NAME) String shortName,
        UnitKind kind,
        @Pattern(regexp = Limits.UNIT_CODE) String parentCode) {
}
