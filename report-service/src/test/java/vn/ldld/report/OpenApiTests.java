package vn.ldld.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.ldld.web.testing.ApiDocuments;
import vn.ldld.web.testing.Reply;

/** The service describes its API in OpenAPI, without a token, with the bearer scheme and who may call what. */
class OpenApiTests extends ReportTestSupport {

    @Test
    void theDescriptionIsServedWithoutATokenAndSaysWhoMayCallEachOperation() {
        Reply reply = callAs(null, "GET", "/v3/api-docs", null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode api = reply.json();
        assertThat(api.get("info").get("title").asString()).isEqualTo("report-service");
        assertThat(api.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/reports", "/api/reports/{id}",
                "/api/reports/{id}/revisions", "/api/reports/{id}/accept", "/api/reports/{id}/return",
                "/api/reports/from-sub-units");
        ApiDocuments.assertBearerTokenRequired(api);
        Map<String, JsonNode> operations = ApiDocuments.operations(api);
        operations.forEach((name, operation) -> assertThat(operation.path("description").asString()).as(name)
                .startsWith("Access: ").containsAnyOf("PROVINCE_STAFF", "UNIT_REPORTER"));
        assertThat(operations).hasSize(8);
        assertThat(api.get("paths").get("/api/reports").get("post").get("description").asString())
                .contains("UNIT_REPORTER for its own unit", "PROVINCE_STAFF on a unit's behalf");
        assertThat(api.get("paths").get("/api/reports/{id}/accept").get("post").get("description").asString())
                .contains("PROVINCE_STAFF (level PROVINCE", "UNIT_STAFF of the unit directly above",
                        "`reviewBy: PARENT`", "404 on another unit's report");
    }

    @Test
    void thePrefilledDistrictReportIsDescribed() {
        JsonNode api = callAs(null, "GET", "/v3/api-docs", null).json();
        JsonNode operation = api.get("paths").get("/api/reports/from-sub-units").get("get");
        JsonNode response = api.get("components").get("schemas").get("SubUnitReportResponse");

        assertThat(operation.get("description").asString()).contains("PROVINCE_STAFF naming the unit",
                "UNIT_REPORTER or UNIT_STAFF for their own unit", "VIEWER");
        assertThat(operation.get("parameters")).extracting(p -> p.get("name").asString())
                .containsExactlyInAnyOrder("planId", "phase", "unit");
        assertThat(response.get("properties").propertyNames()).containsExactlyInAnyOrder("planId", "phase", "unit",
                "implementingPlans", "values", "narrative", "sources", "notAccepted");
        assertThat(response.get("properties").get("values").get("description").asString())
                .contains("COUNT and MONEY_VND summed as whole numbers", "DECIMAL summed exactly");
    }

    @Test
    void theBoundsOfCountsAndAmountsAreDocumented() {
        JsonNode schemas = callAs(null, "GET", "/v3/api-docs", null).json().get("components").get("schemas");

        for (String request : new String[] {"SubmitReport", "ReviseReport"}) {
            assertThat(schemas.get(request).get("properties").get("values").get("description").asString())
                    .as(request).contains("COUNT", "1000000000", "MONEY_VND", "1000000000000000");
        }
    }

    @Test
    void theTimelinessOfAReportIsDescribed() {
        JsonNode api = callAs(null, "GET", "/v3/api-docs", null).json();
        JsonNode schemas = api.get("components").get("schemas");

        assertThat(schemas.get("ReportResponse").get("properties").has("timeliness")).isTrue();
        assertThat(schemas.get("ReportSummary").get("properties").has("timeliness")).isTrue();
        JsonNode timeliness = schemas.get("TimelinessResponse");
        assertThat(timeliness.get("properties").propertyNames()).contains("onTime", "onTimeAtReceipt",
                "firstDeadline", "deadline", "extendedInVersion");
        assertThat(timeliness.get("description").asString()).contains("gia hạn");
        assertThat(api.get("info").get("description").asString()).contains("gia hạn");
    }
}
