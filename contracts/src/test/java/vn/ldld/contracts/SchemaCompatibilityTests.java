package vn.ldld.contracts;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaCompatibilityTests {

    private static final String BASELINE = """
            {
              "type": "object",
              "x-ce-type": "vn.ldld.test.happened.v1",
              "required": ["id", "status", "unit"],
              "properties": {
                "id": {"type": "string", "format": "uuid", "description": "Id."},
                "status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
                "note": {"type": "string"},
                "unit": {"$ref": "#/$defs/Unit"},
                "tags": {"type": "array", "items": {"type": "string"}}
              },
              "$defs": {
                "Unit": {
                  "type": "object",
                  "required": ["code"],
                  "properties": {"code": {"type": "string"}, "name": {"type": "string"}}
                }
              }
            }
            """;

    @Test
    void identicalSchemaIsCompatible() {
        assertThat(changes(BASELINE)).isEmpty();
    }

    @Test
    void removedPropertyIsBreaking() {
        assertThat(changes(BASELINE.replace("\"note\": {\"type\": \"string\"},", "")))
                .containsExactly("#: property 'note' removed");
    }

    @Test
    void retypedPropertyIsBreaking() {
        assertThat(changes(BASELINE.replace("\"note\": {\"type\": \"string\"}", "\"note\": {\"type\": \"integer\"}")))
                .containsExactly("#/properties/note: type changed from [string] to [integer]");
    }

    @Test
    void nullablePropertyIsBreaking() {
        assertThat(changes(BASELINE.replace("\"note\": {\"type\": \"string\"}", "\"note\": {\"type\": [\"string\", \"null\"]}")))
                .singleElement().asString().contains("#/properties/note: type changed");
    }

    @Test
    void changedFormatIsBreaking() {
        assertThat(changes(BASELINE.replace("\"format\": \"uuid\"", "\"format\": \"uri\"")))
                .containsExactly("#/properties/id: format changed from uuid to uri");
    }

    @Test
    void optionalPropertyMadeRequiredIsBreaking() {
        assertThat(changes(BASELINE.replace("[\"id\", \"status\", \"unit\"]", "[\"id\", \"status\", \"unit\", \"note\"]")))
                .containsExactly("#: optional property 'note' made required");
    }

    @Test
    void requiredPropertyMadeOptionalIsBreaking() {
        assertThat(changes(BASELINE.replace("[\"id\", \"status\", \"unit\"]", "[\"id\", \"unit\"]")))
                .containsExactly("#: required property 'status' made optional");
    }

    @Test
    void newRequiredPropertyIsBreaking() {
        String current = BASELINE.replace("[\"id\", \"status\", \"unit\"]", "[\"id\", \"status\", \"unit\", \"phase\"]")
                .replace("\"note\": {", "\"phase\": {\"type\": \"integer\"}, \"note\": {");
        assertThat(changes(current)).containsExactly("#: new required property 'phase'");
    }

    @Test
    void removedEnumValueIsBreaking() {
        assertThat(changes(BASELINE.replace("[\"OPEN\", \"CLOSED\"]", "[\"OPEN\"]")))
                .containsExactly("#/properties/status: enum value 'CLOSED' removed");
    }

    @Test
    void changedConstAndCeTypeAreBreaking() {
        assertThat(changes(BASELINE.replace("happened.v1", "happened.v2")))
                .containsExactly("#: x-ce-type changed from vn.ldld.test.happened.v1 to vn.ldld.test.happened.v2");
    }

    @Test
    void retypedArrayItemsAreBreaking() {
        assertThat(changes(BASELINE.replace("\"items\": {\"type\": \"string\"}", "\"items\": {\"type\": \"number\"}")))
                .containsExactly("#/properties/tags/items: type changed from [string] to [number]");
    }

    @Test
    void addedOptionalPropertyIsCompatible() {
        assertThat(changes(BASELINE.replace("\"note\": {", "\"place\": {\"type\": \"string\"}, \"note\": {"))).isEmpty();
    }

    @Test
    void addedEnumValueIsCompatible() {
        assertThat(changes(BASELINE.replace("[\"OPEN\", \"CLOSED\"]", "[\"OPEN\", \"CLOSED\", \"CANCELLED\"]"))).isEmpty();
    }

    @Test
    void addedDefinitionAndChangedDescriptionAreCompatible() {
        String current = BASELINE.replace("\"description\": \"Id.\"", "\"description\": \"Identifier of the thing.\"")
                .replace("\"$defs\": {", "\"$defs\": {\"Phase\": {\"type\": \"integer\"},");
        assertThat(changes(current)).isEmpty();
    }

    @Test
    void propertyRemovedFromADefinitionBehindARefIsBreaking() {
        String current = BASELINE.replace("{\"code\": {\"type\": \"string\"}, \"name\": {\"type\": \"string\"}}", "{\"code\": {\"type\": \"string\"}}");
        assertThat(changes(current)).containsExactly("#/$defs/Unit: property 'name' removed");
    }

    @Test
    void definitionInlinedWithADifferentShapeIsBreaking() {
        String current = BASELINE.replace("\"unit\": {\"$ref\": \"#/$defs/Unit\"}", "\"unit\": {\"type\": \"string\"}");
        assertThat(changes(current)).contains("#/$defs/Unit: type changed from [object] to [string]");
    }

    @Test
    void removedDefinitionIsBreaking() {
        String current = BASELINE.replace("\"unit\": {\"$ref\": \"#/$defs/Unit\"}", "\"unit\": {\"type\": \"object\"}")
                .replaceAll("(?s)\"\\$defs\": \\{.*}\\s*}\\s*}", "\"\\$defs\": {}}");
        assertThat(changes(current)).contains("#: $defs entry 'Unit' removed");
    }

    private static List<String> changes(String current) {
        return SchemaCompatibility.breakingChanges(BASELINE, current).stream().map(BreakingChange::toString).toList();
    }
}
