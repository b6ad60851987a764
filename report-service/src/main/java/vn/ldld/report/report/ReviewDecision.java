package vn.ldld.report.report;

import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/reports/{id}/accept} and {@code /return}.
 *
 * @param reason why the report is returned: required to return, ignored to accept
 * @param reviewer who decides (login name); until the API is secured it comes from the body
 */
public record ReviewDecision(@Size(max = 4000) String reason, @Size(min = 1, max = 100) String reviewer) {
}
