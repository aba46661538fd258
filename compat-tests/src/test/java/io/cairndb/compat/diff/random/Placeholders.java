package io.cairndb.compat.diff.random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Collects ExpressionAttributeNames and ExpressionAttributeValues while expressions of one request
 * are built, and writes them into the request only when used (DynamoDB rejects empty maps).
 */
final class Placeholders {

    private final RandomValues values;
    private final ObjectNode names = RandomValues.NODES.objectNode();
    private final ObjectNode attributeValues = RandomValues.NODES.objectNode();

    Placeholders(RandomValues values) {
        this.values = values;
    }

    /** A path whose names are sometimes replaced by #placeholders (the first segment only, for brevity). */
    String path(String path) {
        if (!values.chance(0.3)) {
            return path;
        }
        int end = 0;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
            end++;
        }
        String first = path.substring(0, end);
        String placeholder = "#" + first;
        names.put(placeholder, first);
        return placeholder + path.substring(end);
    }

    /** Always a placeholder: used for key names so that key conditions read the same everywhere. */
    String name(String name) {
        String placeholder = "#" + name;
        names.put(placeholder, name);
        return placeholder;
    }

    String value(JsonNode attributeValue) {
        String placeholder = ":v" + attributeValues.size();
        attributeValues.set(placeholder, attributeValue);
        return placeholder;
    }

    void writeTo(ObjectNode request) {
        if (!names.isEmpty()) {
            request.set("ExpressionAttributeNames", names);
        }
        if (!attributeValues.isEmpty()) {
            request.set("ExpressionAttributeValues", attributeValues);
        }
    }
}
