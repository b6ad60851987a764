package vn.ldld.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Checks of a service's OpenAPI document ({@code /v3/api-docs}) that hold for every service: the bearer scheme
 * service-web declares is required of the whole API, and the caller (it comes from the token) is no parameter.
 */
public final class ApiDocuments {

    /** Names that would mean the caller's identity leaked into the API as a parameter. */
    private static final String[] CALLER_PARAMETERS = {"caller", "subject", "roles", "unitcode"};

    private ApiDocuments() {
    }

    /** The document declares the bearer JWT scheme and requires it of every operation. */
    public static void assertBearerTokenRequired(JsonNode api) {
        JsonNode scheme = api.get("components").get("securitySchemes").get("bearer-jwt");
        assertThat(scheme).as("the bearer-jwt security scheme").isNotNull();
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(api.get("security").get(0).has("bearer-jwt")).isTrue();
    }

    /** Every operation by {@code METHOD /path}, after checking that none takes the caller as a parameter. */
    public static Map<String, JsonNode> operations(JsonNode api) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            operation.getValue().path("parameters").forEach(parameter -> assertThat(
                    parameter.get("name").asString().toLowerCase(Locale.ROOT)).as("a parameter of " + name)
                    .isNotIn((Object[]) CALLER_PARAMETERS));
            operations.put(name, operation.getValue());
        }));
        return operations;
    }
}
