package vn.ldld.plan;

import tools.jackson.databind.node.ObjectNode;

/** Unit requests for the tests. */
public final class SampleUnits {

    private SampleUnits() {
    }

    /** A create request of a unit. */
    public static ObjectNode unit(String code, String name, String kind, String parentCode) {
        ObjectNode unit = SamplePlans.JSON.createObjectNode()
                .put("code", code)
                .put("name", name)
                .put("kind", kind)
                .put("email", "lien-doan." + code.toLowerCase(java.util.Locale.ROOT) + "@ldld.example");
        if (parentCode != null) {
            unit.put("parentCode", parentCode);
        }
        return unit;
    }

    /** A create request of a top-level federation. */
    public static ObjectNode federation(String code) {
        return unit(code, "Liên đoàn Lao động " + code, "PROVINCIAL_FEDERATION", null);
    }

    /** The details part of a create request: the body of an update. */
    public static ObjectNode details(ObjectNode unit) {
        ObjectNode details = unit.deepCopy();
        details.remove("code");
        return details;
    }

    /** The body of an import of {@code units}. */
    public static ObjectNode importOf(ObjectNode... units) {
        ObjectNode body = SamplePlans.JSON.createObjectNode();
        tools.jackson.databind.node.ArrayNode list = body.putArray("units");
        for (ObjectNode unit : units) {
            list.add(unit);
        }
        return body;
    }
}
