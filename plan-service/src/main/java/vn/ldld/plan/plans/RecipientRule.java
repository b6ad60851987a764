package vn.ldld.plan.plans;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ldld.plan.units.UnitKind;

/**
 * Recipients by rule: the active units under one unit of the directory, optionally of some kinds only, e.g. every
 * grassroots union under LĐLĐ thị xã Trảng Bàng ({@code LDLD-TB}, {@code DESCENDANTS}, {@code GRASSROOTS_UNION}) or
 * every sector union of the province ({@code LDLD-TN}, {@code CHILDREN}, {@code SECTOR_UNION}). A draft keeps the
 * rule as written; it is resolved against the directory when the plan is published or amended.
 *
 * @param under code of the unit whose sub-units are addressed
 * @param kinds kinds of unit addressed; empty: every kind
 * @param depth the units directly under it, or every unit below it
 * @param role the role of the units the rule selects
 */
public record RecipientRule(
        @NotBlank @Pattern(regexp = Limits.UNIT_CODE) String under,
        @Size(max = 10) List<@NotNull UnitKind> kinds,
        @NotNull Depth depth,
        @NotNull RecipientRole role) {

    public RecipientRule {
        kinds = Lists.of(kinds);
    }

    /** How far below {@code under} a rule reaches. */
    public enum Depth {
        /** The units whose parent is {@code under}. */
        CHILDREN,
        /** Every unit below {@code under}, at any depth. */
        DESCENDANTS
    }
}
