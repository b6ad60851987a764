package vn.ldld.plan.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An indicator (chỉ tiêu) every reporting unit fills in.
 *
 * @param code code, the key of the value in a report
 * @param label Vietnamese label
 * @param type value type
 * @param unitOfMeasure e.g. "buổi", "người", optional
 * @param required whether a report must contain a value
 */
public record Indicator(
        @NotBlank @Pattern(regexp = Limits.ITEM_CODE) String code,
        @NotBlank @Size(max = Limits.LABEL) String label,
        @NotNull IndicatorType type,
        @Size(min = 1, max = 50) String unitOfMeasure,
        boolean required) {
}
