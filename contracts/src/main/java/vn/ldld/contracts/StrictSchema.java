package vn.ldld.contracts;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the strict variant of a published schema used to test producers: every object schema that
 * declares {@code properties} and says nothing about {@code additionalProperties} gets
 * {@code additionalProperties: false}, so a producer that writes an undeclared field fails its test.
 * The published schemas stay open because consumers must tolerate fields added later.
 */
final class StrictSchema {

    private static final List<String> SCHEMA_CONTAINERS = List.of("properties", "$defs", "patternProperties",
            "dependentSchemas", "allOf", "anyOf", "oneOf", "prefixItems");
    private static final List<String> SCHEMA_VALUED = List.of("items", "additionalProperties", "propertyNames",
            "contains", "not", "if", "then", "else");

    private StrictSchema() {
    }

    static JsonNode of(JsonNode publishedSchema) {
        JsonNode copy = publishedSchema.deepCopy();
        close(copy);
        return copy;
    }

    private static void close(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return;
        }
        if (object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        SCHEMA_CONTAINERS.forEach(keyword -> object.path(keyword).values().forEach(StrictSchema::close));
        SCHEMA_VALUED.forEach(keyword -> close(object.path(keyword)));
    }
}
