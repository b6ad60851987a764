package vn.ldld.report.reports.web;

import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/reports/{id}/accept} and {@code /return}.
 *
 * @param reason why the report is returned: required to return, ignored to accept
 * @param reviewer accepted for older clients and ignored: the reviewer recorded is the token's subject
 */
public record ReviewDecision(@Size(max = 4000) String reason, @Size(min = 1, max = 100) String reviewer) {
}
