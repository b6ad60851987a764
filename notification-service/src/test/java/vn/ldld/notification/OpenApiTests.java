package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.ldld.web.testing.ApiDocuments;
import vn.ldld.web.testing.Reply;

/** The OpenAPI document: open without a token, declaring the bearer JWT and each operation's roles. */
class OpenApiTests extends NotificationTestSupport {

    @Test
    void theDocumentIsServedWithoutATokenAndDeclaresTheBearerTokenAndRoles() {
        Reply reply = callAs(null, "GET", "/v3/api-docs", null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode api = reply.json();
        ApiDocuments.assertBearerTokenRequired(api);
        Map<String, JsonNode> operations = ApiDocuments.operations(api);
        operations.forEach((name, operation) -> assertThat(operation.get("description").asString()).as(name)
                .startsWith("Roles: ").contains("Others: 403"));
        assertThat(operations.keySet()).contains("GET /api/notifications", "POST /api/notifications/{id}/read",
                "GET /api/notifications/preferences/{unit}", "PUT /api/notifications/preferences/{unit}",
                "GET /api/notifications/deliveries", "GET /api/notifications/schedule",
                "GET /api/notifications/webhooks", "POST /api/notifications/webhooks/{unit}/approval",
                "DELETE /api/notifications/webhooks/{unit}/approval");
    }
}
