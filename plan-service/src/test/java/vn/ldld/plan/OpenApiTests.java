package vn.ldld.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The service describes its API in OpenAPI, for the gateway to serve at /openapi/plan-service. */
class OpenApiTests extends ApiTestSupport {

    @Test
    void theDescriptionListsThePlansAndUnitsEndpoints() {
        Reply reply = get("/v3/api-docs");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode api = reply.json();
        assertThat(api.get("info").get("title").asString()).isEqualTo("plan-service");
        assertThat(api.get("paths").propertyNames()).contains("/api/plans", "/api/plans/{id}",
                "/api/plans/{id}/publish", "/api/plans/{id}/amendments", "/api/units", "/api/units/{code}",
                "/api/units/{code}/deactivate");
        assertThat(api.get("paths").get("/api/plans").get("get").get("summary").asString()).isEqualTo("List plans");
        assertThat(api.get("paths").get("/api/units").get("post").get("summary").asString()).isEqualTo("Add a unit");
        assertThat(api.get("paths").get("/api/plans").get("get").get("parameters").valueStream()
                .map(p -> p.get("name").asString())).contains("status", "year", "issuer", "q", "page", "size");
    }
}
