package vn.ldld.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.ldld.web.testing.ApiDocuments;
import vn.ldld.web.testing.Reply;

/** The service describes its API in OpenAPI, for the gateway to serve at /openapi/plan-service. */
class OpenApiTests extends ApiTestSupport {

    @Test
    void theDescriptionIsServedWithoutATokenAndDeclaresTheBearerSchemeAndTheRoles() {
        Reply reply = call("GET", "/v3/api-docs", null, "Authorization", null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode api = reply.json();
        ApiDocuments.assertBearerTokenRequired(api);
        ApiDocuments.operations(api).forEach((name, operation) -> {
            JsonNode roles = operation.get(OpenApiConfiguration.ROLES_EXTENSION);
            assertThat(roles).as("roles of %s", name).isNotNull();
            assertThat(roles.size()).isPositive();
            assertThat(operation.get("description").asString()).contains("Needs the role");
        });
        assertThat(roles(api, "/api/plans", "get")).containsExactly("PROVINCE_STAFF", "UNIT_REPORTER", "UNIT_STAFF");
        assertThat(roles(api, "/api/plans", "post")).containsExactly("PROVINCE_STAFF", "UNIT_STAFF");
        assertThat(roles(api, "/api/plans/{id}/publish", "post")).containsExactly("PROVINCE_STAFF", "UNIT_STAFF");
        assertThat(roles(api, "/api/plans/{id}/copy", "post")).containsExactly("PROVINCE_STAFF", "UNIT_STAFF");
        assertThat(roles(api, "/api/plans/{id}/implementations", "post"))
                .containsExactly("PROVINCE_STAFF", "UNIT_STAFF");
        assertThat(api.get("paths").get("/api/plans/{id}/implementations").get("post").get("description").asString())
                .contains("unitCode", "409", "reviewBy PARENT");
        assertThat(api.get("components").get("schemas").get("PlanContent").get("properties").get("implementsPlanId")
                .get("description").asString()).contains("The published plan this one implements");
        assertThat(api.get("paths").get("/api/plans").get("post").get("description").asString())
                .contains("implementsPlanId", "A unit's staff creates only its own unit's implementing plans");
        assertThat(roles(api, "/api/units/{code}", "get")).containsExactly("PROVINCE_STAFF", "UNIT_REPORTER", "UNIT_STAFF");
        assertThat(roles(api, "/api/units/{code}", "put")).containsExactly("PROVINCE_STAFF");
        assertThat(api.get("paths").get("/api/plans/{id}").get("get").get("description").asString())
                .contains("A unit reporter sees only the published");
    }

    private static java.util.List<String> roles(JsonNode api, String path, String method) {
        return api.get("paths").get(path).get(method).get(OpenApiConfiguration.ROLES_EXTENSION).valueStream()
                .map(JsonNode::asString).toList();
    }

    @Test
    void theDescriptionListsThePlansAndUnitsEndpoints() {
        Reply reply = get("/v3/api-docs");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode api = reply.json();
        assertThat(api.get("info").get("title").asString()).isEqualTo("plan-service");
        assertThat(api.get("paths").propertyNames()).contains("/api/plans", "/api/plans/{id}",
                "/api/plans/{id}/publish", "/api/plans/{id}/amendments", "/api/plans/{id}/copy", "/api/units", "/api/units/{code}",
                "/api/units/{code}/deactivate");
        assertThat(api.get("paths").get("/api/plans").get("get").get("summary").asString()).isEqualTo("List plans");
        assertThat(api.get("paths").get("/api/units").get("post").get("summary").asString()).isEqualTo("Add a unit");
        assertThat(api.get("paths").get("/api/plans").get("get").get("parameters").valueStream()
                .map(p -> p.get("name").asString())).contains("status", "year", "issuer", "q", "page", "size");
    }
}
