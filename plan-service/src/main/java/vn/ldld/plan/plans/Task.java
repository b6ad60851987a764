package vn.ldld.plan.plans;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An implementation task (tổ chức thực hiện).
 *
 * @param order position in the document, from 1
 * @param text what has to be done
 * @param assignedUnitCodes units in charge; empty when the task applies to every recipient
 */
public record Task(
        @NotNull @Min(1) Integer order,
        @NotBlank @Size(max = Limits.TEXT) String text,
        @Size(max = Limits.RECIPIENTS) List<@NotNull @Pattern(regexp = Limits.UNIT_CODE) String> assignedUnitCodes) {

    public Task {
        assignedUnitCodes = Lists.of(assignedUnitCodes);
    }
}
