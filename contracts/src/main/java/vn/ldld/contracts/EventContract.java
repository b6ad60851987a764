package vn.ldld.contracts;

import com.networknt.schema.Schema;
import tools.jackson.databind.JsonNode;

/** One loaded event type: its schema text and tree, its example, and its two validators. */
record EventContract(String schemaText, JsonNode schemaTree, String exampleText, Schema strict, Schema published) {

    String keyword(String keyword) {
        JsonNode value = schemaTree.get(keyword);
        if (value == null || !value.isString()) {
            throw new IllegalStateException("Schema " + schemaTree.path("$id").asString() + " lacks the keyword " + keyword);
        }
        return value.asString();
    }
}
