package vn.ldld.contracts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the changes between a published event schema (the baseline) and its current version that
 * would break a consumer or a stored event.
 *
 * <p>Breaking: a property removed; a type or format changed; a pattern or const changed; an optional
 * property made required, a required one made optional, or a new required property; an enum value
 * removed; a {@code $defs} entry removed or changed in one of these ways; a different
 * {@code x-ce-type}, {@code x-topic} or {@code x-key}. Compatible: new optional properties, new enum
 * values, new {@code $defs} entries, changed descriptions. The walk follows {@code properties},
 * {@code items}, {@code additionalProperties}, {@code propertyNames} and {@code $defs}, resolving local
 * {@code #/$defs/...} references on both sides.
 */
public final class SchemaCompatibility {

    private static final List<String> UNCHANGEABLE = List.of("format", "pattern", "const", "x-ce-type", "x-topic", "x-key");
    private static final List<String> SUBSCHEMAS = List.of("items", "additionalProperties", "propertyNames");
    private static final List<String> COMPOSITIONS = List.of("allOf", "anyOf", "oneOf", "not");

    private final Map<String, Object> baselineRoot;
    private final Map<String, Object> currentRoot;
    private final Set<String> compared = new HashSet<>();
    private final List<BreakingChange> changes = new ArrayList<>();

    private SchemaCompatibility(Map<String, Object> baselineRoot, Map<String, Object> currentRoot) {
        this.baselineRoot = baselineRoot;
        this.currentRoot = currentRoot;
    }

    /**
     * Compares two schema documents.
     *
     * @param baselineJson the published schema
     * @param currentJson  the schema as it is now
     * @return the breaking changes, empty when the current schema is compatible
     */
    public static List<BreakingChange> breakingChanges(String baselineJson, String currentJson) {
        SchemaCompatibility comparison = new SchemaCompatibility(asMap(JsonText.parse(baselineJson)), asMap(JsonText.parse(currentJson)));
        comparison.compare(comparison.baselineRoot, "#", comparison.currentRoot, "#");
        comparison.compareDefinitions();
        return List.copyOf(comparison.changes);
    }

    private void compareDefinitions() {
        Map<String, Object> currentDefs = asMap(currentRoot.get("$defs"));
        asMap(baselineRoot.get("$defs")).forEach((name, definition) -> {
            String location = "#/$defs/" + name;
            if (!currentDefs.containsKey(name)) {
                report("#", "$defs entry '" + name + "' removed");
            } else {
                compare(definition, location, currentDefs.get(name), location);
            }
        });
    }

    private void compare(Object baseline, String baselineLocation, Object current, String currentLocation) {
        if (baseline instanceof Map<?, ?> map && map.get("$ref") instanceof String ref && ref.startsWith("#")) {
            compare(resolve(baselineRoot, ref), ref, current, currentLocation);
            return;
        }
        if (current instanceof Map<?, ?> map && map.get("$ref") instanceof String ref && ref.startsWith("#")) {
            compare(baseline, baselineLocation, resolve(currentRoot, ref), ref);
            return;
        }
        if (!compared.add(baselineLocation + " -> " + currentLocation)) {
            return;
        }
        if (!(baseline instanceof Map) || !(current instanceof Map)) {
            if (!Objects.equals(baseline, current)) {
                report(baselineLocation, "schema changed from " + baseline + " to " + current);
            }
            return;
        }
        compareObjects(asMap(baseline), asMap(current), baselineLocation);
    }

    private void compareObjects(Map<String, Object> baseline, Map<String, Object> current, String location) {
        if (!Objects.equals(types(baseline), types(current))) {
            report(location, "type changed from " + types(baseline) + " to " + types(current));
        }
        for (String keyword : UNCHANGEABLE) {
            if (!Objects.equals(baseline.get(keyword), current.get(keyword))) {
                report(location, keyword + " changed from " + baseline.get(keyword) + " to " + current.get(keyword));
            }
        }
        for (String keyword : COMPOSITIONS) {
            if (!Objects.equals(baseline.get(keyword), current.get(keyword))) {
                report(location, keyword + " changed");
            }
        }
        compareEnums(baseline, current, location);
        compareProperties(baseline, current, location);
        for (String keyword : SUBSCHEMAS) {
            if (baseline.containsKey(keyword)) {
                compare(baseline.get(keyword), location + "/" + keyword, current.getOrDefault(keyword, Boolean.TRUE), location + "/" + keyword);
            }
        }
    }

    private void compareEnums(Map<String, Object> baseline, Map<String, Object> current, String location) {
        if (!baseline.containsKey("enum")) {
            return;
        }
        if (!current.containsKey("enum")) {
            report(location, "enum constraint removed");
            return;
        }
        Collection<?> kept = asList(current.get("enum"));
        for (Object value : asList(baseline.get("enum"))) {
            if (!kept.contains(value)) {
                report(location, "enum value '" + value + "' removed");
            }
        }
    }

    private void compareProperties(Map<String, Object> baseline, Map<String, Object> current, String location) {
        Map<String, Object> baselineProperties = asMap(baseline.get("properties"));
        Map<String, Object> currentProperties = asMap(current.get("properties"));
        Set<Object> baselineRequired = new LinkedHashSet<>(asList(baseline.get("required")));
        Set<Object> currentRequired = new LinkedHashSet<>(asList(current.get("required")));
        baselineProperties.forEach((name, schema) -> {
            if (!currentProperties.containsKey(name)) {
                report(location, "property '" + name + "' removed");
            } else {
                compare(schema, location + "/properties/" + name, currentProperties.get(name), location + "/properties/" + name);
            }
        });
        for (Object name : currentRequired) {
            if (!baselineRequired.contains(name)) {
                report(location, baselineProperties.containsKey(name)
                        ? "optional property '" + name + "' made required"
                        : "new required property '" + name + "'");
            }
        }
        for (Object name : baselineRequired) {
            if (!currentRequired.contains(name) && currentProperties.containsKey(name)) {
                report(location, "required property '" + name + "' made optional");
            }
        }
    }

    private static Set<Object> types(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type == null) {
            return null;
        }
        return type instanceof List<?> list ? new LinkedHashSet<>(list) : Set.of(type);
    }

    private Object resolve(Map<String, Object> root, String ref) {
        Object node = root;
        for (String token : ref.substring(1).split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            node = asMap(node).get(token.replace("~1", "/").replace("~0", "~"));
        }
        if (node == null) {
            report(ref, "unresolvable reference " + ref);
            return Boolean.TRUE;
        }
        return node;
    }

    private void report(String location, String problem) {
        changes.add(new BreakingChange(location, problem));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    private static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
