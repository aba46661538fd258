package io.cairndb.router.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.SerializationException;

/**
 * The SerializationException messages DynamoDB's JSON layer gives when a member has the wrong
 * JSON type (e.g. a number where a string belongs).
 */
public final class JsonTypeErrors {
    private JsonTypeErrors() {
    }

    /** A scalar member ({@code String}, {@code Boolean}, {@code Integer}, {@code Blob}) got {@code actual}. */
    public static SerializationException scalarExpected(JsonNode actual, String javaType) {
        if (actual.isObject()) {
            return new SerializationException("Start of structure or map found where not expected.");
        }
        if (actual.isArray()) {
            return new SerializationException("Start of list found where not expected");
        }
        String article = javaType.equals("Blob") ? "a " : "an ";
        if (actual.isTextual()) {
            if (javaType.equals("Boolean")) {
                return new SerializationException("'" + actual.textValue().toUpperCase() + "' can not be converted to an Boolean");
            }
            return new SerializationException("class java.lang.String can not be converted to " + article + javaType);
        }
        return new SerializationException("class " + javaClassOf(actual) + " can not be converted to " + article + javaType);
    }

    public static SerializationException mapExpected(JsonNode actual) {
        if (actual.isArray()) {
            return new SerializationException("Start of list found where not expected");
        }
        return new SerializationException("Expected map or null");
    }

    public static SerializationException listExpected(JsonNode actual) {
        if (actual.isObject()) {
            return new SerializationException("Start of structure or map found where not expected.");
        }
        return new SerializationException("Expected list or null");
    }

    public static SerializationException structureExpected(JsonNode actual) {
        if (actual.isArray()) {
            return new SerializationException("Start of list found where not expected");
        }
        return new SerializationException("Expected null");
    }

    private static String javaClassOf(JsonNode node) {
        if (node.isBoolean()) {
            return "java.lang.Boolean";
        }
        if (node.isIntegralNumber()) {
            long v = node.asLong();
            if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                return "java.lang.Short";
            }
            return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? "java.lang.Integer" : "java.lang.Long";
        }
        return "java.lang.Double";
    }
}
