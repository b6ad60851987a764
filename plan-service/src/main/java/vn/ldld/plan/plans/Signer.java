package vn.ldld.plan.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Who signs the plan.
 *
 * @param capacity e.g. "TM. BAN THƯỜNG VỤ", optional
 * @param position e.g. "PHÓ CHỦ TỊCH"
 * @param fullName full name; absent (or blank) when the plan leaves it blank, as issued documents may: the name is
 *                 then written by hand under the signature
 */
public record Signer(
        @Size(min = 1, max = Limits.SHORT) String capacity,
        @NotBlank @Size(max = Limits.SHORT) String position,
        @Size(max = Limits.SHORT) String fullName) {

    public Signer {
        fullName = fullName == null || fullName.isBlank() ? null : fullName.strip();
    }
}
