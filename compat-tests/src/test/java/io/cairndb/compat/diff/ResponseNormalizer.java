package io.cairndb.compat.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes from an answer what legitimately differs between two correct DynamoDB implementations,
 * and nothing else: creation and update timestamps, table ARNs and ids, the order of set elements
 * and of other collections DynamoDB does not order, and how a JSON number is spelled (1 vs 1.0).
 * Errors become {@code {"__error": {"status", "type", "message"}}} with the type's namespace dropped,
 * because SDKs only read the part after '#'.
 */
public final class ResponseNormalizer {

    static final String PLACEHOLDER = "<normalised>";

    /** Fields of TableDescription (and its children) that are per-instance identities or clock readings. */
    private static final Set<String> VOLATILE_FIELDS = Set.of(
            "CreationDateTime", "TableArn", "TableId", "LastIncreaseDateTime", "LastDecreaseDateTime",
            "LastUpdateToPayPerRequestDateTime", "ResourceArn");

    private static final Set<String> SET_TYPES = Set.of("SS", "NS", "BS");
    /** Orders by content: field order inside objects does not matter (Jackson keeps insertion order). */
    private static final Comparator<JsonNode> BY_CONTENT = Comparator.comparing(ResponseNormalizer::canonicalText);
    /** Per-table capacity entries: by table name, the rest compared as values. */
    private static final Comparator<JsonNode> BY_TABLE_NAME =
            Comparator.comparing((JsonNode node) -> node.path("TableName").asText()).thenComparing(BY_CONTENT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResponseNormalizer() {
    }

    public static JsonNode normalise(WireResponse response) {
        if (!response.isError()) {
            return normaliseBody(response.body());
        }
        ObjectNode error = NODES.objectNode();
        error.put("status", response.status());
        JsonNode body = response.body();
        String type = body.path("__type").asText("<no __type>");
        error.put("type", type.substring(type.indexOf('#') + 1));
        JsonNode message = body.has("message") ? body.get("message") : body.path("Message");
        error.set("message", message.isMissingNode() ? NODES.nullNode() : message);
        if (body.has("Item")) {
            error.set("Item", normaliseBody(body.get("Item")));
        }
        ObjectNode wrapper = NODES.objectNode();
        wrapper.set("__error", error);
        return wrapper;
    }

    /** Normalises a successful body; also used on synthetic (multi-page) results. */
    public static JsonNode normaliseBody(JsonNode node) {
        if (node.isObject()) {
            return normaliseObject((ObjectNode) node);
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(normaliseBody(element)));
            return copy;
        }
        if (node.isNumber()) {
            return NODES.numberNode(node.decimalValue().stripTrailingZeros());
        }
        return node;
    }

    private static JsonNode normaliseObject(ObjectNode object) {
        ObjectNode copy = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (VOLATILE_FIELDS.contains(name) && value.isValueNode()) {
                copy.put(name, PLACEHOLDER);
            } else if (SET_TYPES.contains(name) && value.isArray() && object.size() == 1) {
                copy.set(name, sorted(value));
            } else if (name.equals("ConsumedCapacity") && value.isArray()) {
                copy.set(name, sorted(normaliseBody(value), BY_TABLE_NAME));
            } else if (name.equals("Tags") && value.isArray()) {
                copy.set(name, sorted(normaliseBody(value)));
            } else if (isPerTableItemList(name) && value.isObject()) {
                copy.set(name, sortEachTable((ObjectNode) value));
            } else {
                copy.set(name, normaliseBody(value));
            }
        }
        return copy;
    }

    /** BatchGetItem's Responses and UnprocessedKeys: items of one table come back in no defined order. */
    private static boolean isPerTableItemList(String name) {
        return name.equals("Responses") || name.equals("UnprocessedKeys") || name.equals("UnprocessedItems");
    }

    private static JsonNode sortEachTable(ObjectNode tables) {
        ObjectNode copy = NODES.objectNode();
        tables.fields().forEachRemaining(table -> {
            JsonNode value = normaliseBody(table.getValue());
            if (value.isArray()) {
                value = sorted(value);
            } else if (value.isObject() && value.has("Keys")) {
                ((ObjectNode) value).set("Keys", sorted(value.get("Keys")));
            }
            copy.set(table.getKey(), value);
        });
        return copy;
    }

    static ArrayNode sorted(JsonNode array) {
        return sorted(array, BY_CONTENT);
    }

    private static ArrayNode sorted(JsonNode array, Comparator<JsonNode> order) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        elements.sort(order);
        ArrayNode copy = NODES.arrayNode();
        elements.forEach(copy::add);
        return copy;
    }

    /** JSON text with object fields in name order, so equal content always gives equal text. */
    static String canonicalText(JsonNode node) {
        StringBuilder text = new StringBuilder();
        appendCanonical(node, text);
        return text.toString();
    }

    private static void appendCanonical(JsonNode node, StringBuilder text) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            text.append('{');
            for (String name : names) {
                text.append(NODES.textNode(name)).append(':');
                appendCanonical(node.get(name), text);
                text.append(',');
            }
            text.append('}');
        } else if (node.isArray()) {
            text.append('[');
            node.forEach(element -> {
                appendCanonical(element, text);
                text.append(',');
            });
            text.append(']');
        } else {
            text.append(node);
        }
    }
}
