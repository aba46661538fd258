package io.cairndb.router.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed access to the members of a request body. A member that is absent or JSON {@code null}
 * reads as null; a member of the wrong JSON type is DynamoDB's SerializationException.
 */
public final class RequestFields {
    private RequestFields() {
    }

    public static String string(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw JsonTypeErrors.scalarExpected(node, "String");
        }
        return node.textValue();
    }

    public static Boolean bool(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isFloatingPointNumber()) {
            // DynamoDB's JSON layer accepts floats as booleans (|x| >= 1 is true).
            return Math.abs(node.doubleValue()) >= 1;
        }
        throw JsonTypeErrors.scalarExpected(node, "Boolean");
    }

    public static boolean bool(JsonNode parent, String field, boolean defaultValue) {
        Boolean value = bool(parent, field);
        return value == null ? defaultValue : value;
    }

    public static Integer integer(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw JsonTypeErrors.scalarExpected(node, "Integer");
        }
        double value = Math.floor(node.doubleValue());
        if (value > Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        return value < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) value;
    }

    /** A Long member (capacity units); fractions are truncated as DynamoDB's JSON layer does. */
    public static Long longValue(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw JsonTypeErrors.scalarExpected(node, "Long");
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        double value = Math.floor(node.doubleValue());
        if (value > Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return value < Long.MIN_VALUE ? Long.MIN_VALUE : (long) value;
    }

    /** A member of a list of structures. */
    public static JsonNode structureElement(JsonNode element) {
        if (!element.isObject()) {
            throw JsonTypeErrors.structureExpected(element);
        }
        return element;
    }

    /** A member of a list of strings; JSON null reads as null. */
    public static String stringElement(JsonNode element) {
        if (element.isNull()) {
            return null;
        }
        if (!element.isTextual()) {
            throw JsonTypeErrors.scalarExpected(element, "String");
        }
        return element.textValue();
    }

    /** A JSON object member, or null. */
    public static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw JsonTypeErrors.structureExpected(node);
        }
        return node;
    }

    /** A JSON object used as a map (string keys to members), or null. */
    public static JsonNode map(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw JsonTypeErrors.mapExpected(node);
        }
        return node;
    }

    /** A JSON array member, or null. */
    public static JsonNode list(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw JsonTypeErrors.listExpected(node);
        }
        return node;
    }

    /** A list of strings (AttributesToGet), or null. */
    public static List<String> stringList(JsonNode parent, String field) {
        JsonNode node = list(parent, field);
        if (node == null) {
            return null;
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw JsonTypeErrors.scalarExpected(element, "String");
            }
            values.add(element.textValue());
        }
        return values;
    }

    /** A map of string to string (ExpressionAttributeNames), or null. */
    public static Map<String, String> stringMap(JsonNode parent, String field) {
        JsonNode node = map(parent, field);
        if (node == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>(Math.max(4, node.size() * 2));
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode value = e.getValue();
            if (value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                throw JsonTypeErrors.scalarExpected(value, "String");
            }
            values.put(e.getKey(), value.textValue());
        }
        return values;
    }
}
