package vn.ldld.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The conventions every published schema follows, so that outside teams can rely on them. */
class SchemaConventionsTests {

    static List<String> eventNames() {
        return ModuleFiles.schemaEventNames().toList();
    }

    @ParameterizedTest
    @MethodSource("eventNames")
    void isAStandaloneDraft202012SchemaWithItsOwnId(String name) {
        String text = ModuleFiles.read("schemas/" + ModuleFiles.fileBase(name) + ".schema.json");
        Map<String, Object> schema = asMap(JsonText.parse(text));

        assertThat(schema)
                .containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema")
                .containsEntry("$id", "https://schemas.ldld.vn/events/" + ModuleFiles.fileBase(name) + ".schema.json")
                .containsEntry("type", "object")
                .containsKeys("title", "description", "required", "properties");
        assertThat((String) schema.get("description")).contains((String) schema.get("x-ce-type"), (String) schema.get("x-topic"));
        assertThat(text).as("only local references").doesNotContain("\"$ref\": \"http", "\"$ref\": \"./", "\"$ref\": \"../");
    }

    @ParameterizedTest
    @MethodSource("eventNames")
    void everyPropertyIsDescribed(String name) {
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(JsonText.parse(ModuleFiles.read("schemas/" + ModuleFiles.fileBase(name) + ".schema.json")), "#", undescribed);

        assertThat(undescribed).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventNames")
    void staysOpenForAddedFields(String name) {
        assertThat(ModuleFiles.read("schemas/" + ModuleFiles.fileBase(name) + ".schema.json"))
                .as("consumers must tolerate added optional fields")
                .doesNotContain("\"additionalProperties\": false", "\"unevaluatedProperties\": false");
    }

    private static void collectUndescribed(Object node, String location, List<String> undescribed) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectUndescribed(list.get(i), location + "/" + i, undescribed);
            }
            return;
        }
        Map<String, Object> schema = asMap(node);
        asMap(schema.get("properties")).forEach((property, propertySchema) -> {
            if (!asMap(propertySchema).containsKey("description")) {
                undescribed.add(location + "/properties/" + property);
            }
        });
        schema.forEach((keyword, value) -> {
            if (!"enum".equals(keyword) && !"const".equals(keyword)) {
                collectUndescribed(value, location + "/" + keyword, undescribed);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }
}
