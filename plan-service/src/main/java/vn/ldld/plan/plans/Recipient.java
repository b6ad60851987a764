package vn.ldld.plan.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A recipient of the plan (nơi nhận).
 *
 * @param unit the receiving unit
 * @param role whether it must report or is informed only
 */
public record Recipient(@NotNull @Valid UnitRef unit, @NotNull RecipientRole role) {
}
