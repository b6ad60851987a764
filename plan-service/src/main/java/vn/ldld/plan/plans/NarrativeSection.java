package vn.ldld.plan.plans;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A narrative section of the report outline (đề cương báo cáo).
 *
 * @param code code, the key of the text in a report
 * @param label Vietnamese heading
 * @param required whether a report must contain it
 * @param maxLength maximum length of the text, in characters
 */
public record NarrativeSection(
        @NotBlank @Pattern(regexp = Limits.ITEM_CODE) String code,
        @NotBlank @Size(max = Limits.LABEL) String label,
        boolean required,
        @NotNull @Min(1) @Max(Limits.TEXT) Integer maxLength) {
}
