package vn.ldld.plan.plans;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A document the plan is based on (căn cứ).
 *
 * @param reference number and symbol, e.g. "Kế hoạch số 22-KH/BCĐ"
 * @param issuedOn date of issue, optional
 * @param issuer issuing body, optional
 * @param title title (trích yếu), optional
 */
public record LegalBasis(
        @NotBlank @Size(max = Limits.SHORT) String reference,
        LocalDate issuedOn,
        @Size(min = 1, max = Limits.LABEL) String issuer,
        @Size(min = 1, max = Limits.TITLE) String title) {
}
