package vn.ldld.report.reports.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import tools.jackson.databind.JsonNode;
import vn.ldld.report.reports.NewReport;
import vn.ldld.report.reports.ReportAccess;
import vn.ldld.report.reports.ReportContent;

/**
 * {@code POST /api/reports}: a unit's report for one phase of a plan. Values and narrative are checked against the
 * plan's template.
 *
 * @param planId the plan (UUID)
 * @param phaseNumber the phase (đợt)
 * @param unitCode the reporting unit: optional for a unit's reporter (the unit is the token's; another code is
 *                 403), required when province staff submit on a unit's behalf (see {@link ReportAccess})
 * @param values indicator values by indicator code
 * @param narrative section texts by section code
 * @param submittedBy accepted for older clients and ignored: the report records the token's subject
 */
public record SubmitReport(
        @NotBlank @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                message = "must be a UUID") String planId,
        @NotNull @Positive Integer phaseNumber,
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,39}", message = "must be a unit code such as LDLD-GD") String unitCode,
        @Schema(description = ReportContent.VALUES_DESCRIPTION) @NotNull @Size(max = 200) Map<String, JsonNode> values,
        @Size(max = 50) Map<String, String> narrative,
        @Size(min = 1, max = 100) String submittedBy) {

    /** The submission for {@code unitCode}, the unit the caller may submit for. */
    NewReport forUnit(String unitCode) {
        return new NewReport(planId, phaseNumber, unitCode, new ReportContent(values, narrative));
    }
}
