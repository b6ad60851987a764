package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The OpenAPI document: open without a token, declaring the bearer JWT and each operation's roles. */
class OpenApiTests extends NotificationTestSupport {

    @Test
    void theDocumentIsServedWithoutATokenAndDeclaresTheBearerTokenAndRoles() {
        Reply reply = callAs(null, "GET", "/v3/api-docs", null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode api = reply.json();
        JsonNode scheme = api.get("components").get("securitySchemes").get("bearer-jwt");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(api.get("security").get(0).has("bearer-jwt")).isTrue();

        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                assertThat(operation.getValue().get("description").asString()).as(name)
                        .startsWith("Roles: ").contains("Others: 403");
                assertThat(operation.getValue().path("parameters").findValues("name"))
                        .extracting(JsonNode::asString).as("parameters of " + name)
                        .doesNotContain("caller", "subject", "roles", "unitCode");
            }
        }
        assertThat(operations).contains("GET /api/notifications", "POST /api/notifications/{id}/read",
                "GET /api/notifications/preferences/{unit}", "PUT /api/notifications/preferences/{unit}",
                "GET /api/notifications/deliveries", "GET /api/notifications/schedule");
    }
}
