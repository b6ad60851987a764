package vn.ldld.plan.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Who signs the plan.
 *
 * @param capacity e.g. "TM. BAN THƯỜNG VỤ", optional
 * @param position e.g. "PHÓ CHỦ TỊCH"
 * @param fullName full name
 */
public record Signer(
        @Size(min = 1, max = Limits.SHORT) String capacity,
        @NotBlank @Size(max = Limits.SHORT) String position,
        @NotBlank @Size(max = Limits.SHORT) String fullName) {
}
