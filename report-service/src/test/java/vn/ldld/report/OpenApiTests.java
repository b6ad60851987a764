package vn.ldld.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

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
                "/api/reports/{id}/revisions", "/api/reports/{id}/accept", "/api/reports/{id}/return");
        JsonNode scheme = api.get("components").get("securitySchemes").get("bearer-jwt");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(api.get("security").get(0).has("bearer-jwt")).isTrue();
        List<String> operations = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            assertThat(operation.getValue().path("description").asString()).as(name).startsWith("Access: ")
                    .containsAnyOf("PROVINCE_STAFF", "UNIT_REPORTER");
            // the caller comes from the token: it is no parameter of the API
            operation.getValue().path("parameters").forEach(parameter ->
                    assertThat(parameter.get("name").asString()).as(name).isNotEqualToIgnoringCase("caller"));
        }));
        assertThat(operations).hasSize(7);
        assertThat(api.get("paths").get("/api/reports").get("post").get("description").asString())
                .contains("UNIT_REPORTER for its own unit", "PROVINCE_STAFF on a unit's behalf");
        assertThat(api.get("paths").get("/api/reports/{id}/accept").get("post").get("description").asString())
                .contains("PROVINCE_STAFF only");
    }
}
