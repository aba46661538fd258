package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.error.SerializationException;

/**
 * Typed reads of request fields. A field of the wrong JSON type is DynamoDB's
 * SerializationException (with the messages its Java deserializer gives); absent and JSON null
 * read as null.
 */
final class JsonInput {
    private JsonInput() {
    }

    static String string(JsonNode parent, String field) {
        JsonNode node = present(parent, field);
        if (node == null || node.isTextual()) {
            return node == null ? null : node.textValue();
        }
        throw mismatch(node, "String");
    }

    static Long longValue(JsonNode parent, String field) {
        JsonNode node = present(parent, field);
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return (long) Math.floor(node.doubleValue()); // DynamoDB truncates fractional longs
        }
        throw mismatch(node, "Long");
    }

    static Boolean bool(JsonNode parent, String field) {
        JsonNode node = present(parent, field);
        if (node == null || node.isBoolean()) {
            return node == null ? null : node.booleanValue();
        }
        if (node.isTextual()) {
            throw new SerializationException("'" + node.textValue().toUpperCase(java.util.Locale.ROOT)
                    + "' can not be converted to an Boolean");
        }
        throw mismatch(node, "Boolean");
    }

    static ArrayNode array(JsonNode parent, String field) {
        JsonNode node = present(parent, field);
        if (node == null || node.isArray()) {
            return (ArrayNode) node;
        }
        if (node.isObject()) {
            throw new SerializationException("Start of structure or map found where not expected.");
        }
        throw new SerializationException("Expected list or null");
    }

    static ObjectNode object(JsonNode parent, String field) {
        JsonNode node = present(parent, field);
        if (node == null || node.isObject()) {
            return (ObjectNode) node;
        }
        if (node.isArray()) {
            throw new SerializationException("Start of list found where not expected");
        }
        throw new SerializationException("Expected null");
    }

    /** An element of a list of structures. */
    static ObjectNode element(JsonNode node) {
        if (node.isObject()) {
            return (ObjectNode) node;
        }
        if (node.isArray()) {
            throw new SerializationException("Start of list found where not expected");
        }
        throw new SerializationException("Expected null");
    }

    /** An element of a list of strings (null elements read as null). */
    static String stringElement(JsonNode node) {
        if (node.isNull() || node.isTextual()) {
            return node.textValue();
        }
        throw mismatch(node, "String");
    }

    private static JsonNode present(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : node;
    }

    private static SerializationException mismatch(JsonNode node, String expected) {
        if (node.isObject()) {
            return new SerializationException("Start of structure or map found where not expected.");
        }
        if (node.isArray()) {
            return new SerializationException("Start of list found where not expected");
        }
        return new SerializationException("class " + javaClassOf(node) + " can not be converted to an " + expected);
    }

    private static String javaClassOf(JsonNode node) {
        if (node.isBoolean()) {
            return "java.lang.Boolean";
        }
        if (node.isTextual()) {
            return "java.lang.String";
        }
        if (node.isIntegralNumber()) {
            long value = node.canConvertToLong() ? node.longValue() : Long.MAX_VALUE;
            if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
                return "java.lang.Short";
            }
            return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? "java.lang.Integer" : "java.lang.Long";
        }
        return "java.lang.Double";
    }
}
