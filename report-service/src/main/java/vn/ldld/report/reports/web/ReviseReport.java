package vn.ldld.report.reports.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import tools.jackson.databind.JsonNode;
import vn.ldld.report.reports.ReportContent;

/**
 * {@code PUT /api/reports/{id}}: the whole new content of a report, checked against the plan's template.
 *
 * @param values indicator values by indicator code
 * @param narrative section texts by section code
 * @param revisedBy accepted for older clients and ignored: the revision records the token's subject
 */
public record ReviseReport(@Schema(description = ReportContent.VALUES_DESCRIPTION)
                           @NotNull @Size(max = 200) Map<String, JsonNode> values,
                           @Size(max = 50) Map<String, String> narrative,
                           @Size(min = 1, max = 100) String revisedBy) {

    ReportContent content() {
        return new ReportContent(values, narrative);
    }
}
