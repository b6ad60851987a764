package vn.ldld.plan.plans;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A content section (nội dung) of the plan.
 *
 * @param order position in the document, from 1
 * @param heading heading
 * @param body text, paragraphs separated by {@code \n}
 */
public record Section(
        @NotNull @Min(1) Integer order,
        @NotBlank @Size(max = Limits.TITLE) String heading,
        @NotNull @Size(max = Limits.TEXT) String body) {
}
