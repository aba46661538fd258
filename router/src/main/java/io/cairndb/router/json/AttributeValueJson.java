package io.cairndb.router.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.error.SerializationException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Bytes;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.model.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB JSON ({@code {"S": "x"}}, {@code {"M": {...}}}, ...) to engine values and back, with
 * DynamoDB's validation: exactly one type per value, non-empty sets without duplicates, numbers
 * in range, valid base64, {@code NULL} only {@code true}, at most 32 levels of nesting. Wrong JSON
 * types are {@link SerializationException}s; bad values are {@link ValidationException}s.
 *
 * <p>Output writes numbers in DynamoDB's canonical form and binary as base64.
 */
public final class AttributeValueJson {
    /** Lists and maps may nest this deep; the item's top level is level 0. */
    public static final int MAX_DEPTH = 32;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final String NESTING = "Nesting Levels have exceeded supported limits: "
            + "Attributes in the item have nested levels beyond supported limit";

    private AttributeValueJson() {
    }

    // ---------------------------------------------------------------- reading

    /** An item or key: a JSON object of attribute name to value. Null or JSON null gives null. */
    public static Item readItem(JsonNode node) {
        Map<String, AttributeValue> values = readValueMap(node);
        return values == null ? null : new Item(values);
    }

    /** A map of name to attribute value (Item, Key), or null. */
    public static Map<String, AttributeValue> readValueMap(JsonNode node) {
        return readNamedValues(node, false);
    }

    /**
     * ExpressionAttributeValues: like {@link #readValueMap}, but an invalid value's error names the
     * placeholder, as DynamoDB Local words it ("ExpressionAttributeValues contains invalid value:
     * ... for key :v").
     */
    public static Map<String, AttributeValue> readExpressionValues(JsonNode node) {
        return readNamedValues(node, true);
    }

    private static Map<String, AttributeValue> readNamedValues(JsonNode node, boolean expressionValues) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw JsonTypeErrors.mapExpected(node);
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>(Math.max(4, node.size() * 2));
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getValue().isNull()) {
                continue;
            }
            try {
                values.put(e.getKey(), readValue(e.getValue(), 0));
            } catch (ValidationException invalid) {
                if (!expressionValues) {
                    throw invalid;
                }
                throw new ValidationException("ExpressionAttributeValues contains invalid value: "
                        + invalid.getMessage() + " for key " + e.getKey());
            }
        }
        return values;
    }

    /** One attribute value. */
    public static AttributeValue readValue(JsonNode node) {
        return readValue(node, 0);
    }

    private static AttributeValue readValue(JsonNode node, int depth) {
        if (!node.isObject()) {
            throw JsonTypeErrors.structureExpected(node);
        }
        AttributeValue result = null;
        int types = 0;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode member = e.getValue();
            if (member.isNull()) {
                continue;
            }
            AttributeValue value = readTyped(e.getKey(), member, depth);
            if (value != null) {
                types++;
                result = value;
            }
        }
        if (types == 0) {
            throw new ValidationException(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (types > 1) {
            throw new ValidationException("Supplied AttributeValue has more than one datatypes set, "
                    + "must contain exactly one of the supported datatypes");
        }
        return result;
    }

    /** Null for members DynamoDB's JSON layer ignores (unknown names). */
    private static AttributeValue readTyped(String type, JsonNode member, int depth) {
        return switch (type) {
            case "S" -> AttributeValue.s(text(member, "String"));
            case "N" -> AttributeValue.n(number(text(member, "String")));
            case "B" -> AttributeValue.b(binary(member));
            case "BOOL" -> AttributeValue.bool(bool(member));
            case "NULL" -> {
                if (!bool(member)) {
                    throw new ValidationException(INVALID + "Null attribute value types must have the value of true");
                }
                yield AttributeValue.nul();
            }
            case "L" -> readList(member, depth + 1);
            case "M" -> readMap(member, depth + 1);
            case "SS" -> readStringSet(member);
            case "NS" -> readNumberSet(member);
            case "BS" -> readBinarySet(member);
            default -> null;
        };
    }

    private static AttributeValue readList(JsonNode member, int depth) {
        if (!member.isArray()) {
            throw JsonTypeErrors.listExpected(member);
        }
        checkDepth(depth);
        List<AttributeValue> values = new ArrayList<>(member.size());
        for (JsonNode element : member) {
            values.add(readValue(element, depth));
        }
        return AttributeValue.l(values);
    }

    private static AttributeValue readMap(JsonNode member, int depth) {
        if (!member.isObject()) {
            throw JsonTypeErrors.mapExpected(member);
        }
        checkDepth(depth);
        Map<String, AttributeValue> values = new LinkedHashMap<>(Math.max(4, member.size() * 2));
        for (Map.Entry<String, JsonNode> e : member.properties()) {
            if (!e.getValue().isNull()) {
                values.put(e.getKey(), readValue(e.getValue(), depth));
            }
        }
        return AttributeValue.m(values);
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new ValidationException(NESTING);
        }
    }

    private static AttributeValue readStringSet(JsonNode member) {
        List<String> raw = textList(member, "String");
        if (raw.isEmpty()) {
            throw new ValidationException(INVALID + "An string set  may not be empty");
        }
        Set<String> values = new LinkedHashSet<>(raw);
        if (values.size() != raw.size()) {
            throw new ValidationException(INVALID + "Input collection " + printList(raw) + " contains duplicates.");
        }
        return AttributeValue.ss(values);
    }

    private static AttributeValue readNumberSet(JsonNode member) {
        List<String> raw = textList(member, "String");
        if (raw.isEmpty()) {
            throw new ValidationException(INVALID + "An number set  may not be empty");
        }
        Set<BigDecimal> values = new LinkedHashSet<>(raw.size() * 2);
        for (String text : raw) {
            values.add(number(text));
        }
        if (values.size() != raw.size()) {
            throw new ValidationException("Input collection contains duplicates");
        }
        return AttributeValue.ns(values);
    }

    private static AttributeValue readBinarySet(JsonNode member) {
        if (!member.isArray()) {
            throw JsonTypeErrors.listExpected(member);
        }
        if (member.isEmpty()) {
            throw new ValidationException(INVALID + "Binary sets should not be empty");
        }
        Set<Bytes> values = new LinkedHashSet<>(member.size() * 2);
        List<String> raw = new ArrayList<>(member.size());
        for (JsonNode element : member) {
            values.add(binary(element));
            raw.add(element.textValue());
        }
        if (values.size() != member.size()) {
            throw new ValidationException(INVALID + "Input collection " + printList(raw) + "of type BS contains duplicates.");
        }
        return AttributeValue.bs(values);
    }

    private static String text(JsonNode member, String javaType) {
        if (!member.isTextual()) {
            throw JsonTypeErrors.scalarExpected(member, javaType);
        }
        return member.textValue();
    }

    private static boolean bool(JsonNode member) {
        if (!member.isBoolean()) {
            throw JsonTypeErrors.scalarExpected(member, "Boolean");
        }
        return member.booleanValue();
    }

    private static List<String> textList(JsonNode member, String javaType) {
        if (!member.isArray()) {
            throw JsonTypeErrors.listExpected(member);
        }
        List<String> values = new ArrayList<>(member.size());
        for (JsonNode element : member) {
            if (element.isNull()) {
                continue;
            }
            values.add(text(element, javaType));
        }
        return values;
    }

    private static BigDecimal number(String text) {
        return Numbers.parse(text);
    }

    /** Base64 as DynamoDB's JSON layer accepts it: padded, standard alphabet. */
    private static Bytes binary(JsonNode member) {
        String text = text(member, "Blob");
        if (text.length() % 4 != 0) {
            throw new SerializationException("'" + text + "' can not be converted to a Blob: "
                    + "Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
        }
        try {
            return Bytes.wrap(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw new SerializationException("'" + text + "' can not be converted to a Blob: " + e.getMessage());
        }
    }

    private static String printList(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }

    // ---------------------------------------------------------------- writing

    /** An item as a JSON object of name to DynamoDB JSON value. */
    public static ObjectNode writeItem(Item item) {
        return writeValueMap(item.attributes());
    }

    public static ObjectNode writeValueMap(Map<String, AttributeValue> values) {
        ObjectNode node = NODES.objectNode();
        for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
            node.set(e.getKey(), writeValue(e.getValue()));
        }
        return node;
    }

    public static ObjectNode writeValue(AttributeValue value) {
        ObjectNode node = NODES.objectNode();
        switch (value) {
            case AttributeValue.Str s -> node.put("S", s.value());
            case AttributeValue.Num n -> node.put("N", n.canonical());
            case AttributeValue.Bin b -> node.put("B", b.value().toBase64());
            case AttributeValue.Bool b -> node.put("BOOL", b.value());
            case AttributeValue.Null ignored -> node.put("NULL", true);
            case AttributeValue.ListValue l -> {
                ArrayNode array = node.putArray("L");
                for (AttributeValue element : l.values()) {
                    array.add(writeValue(element));
                }
            }
            case AttributeValue.MapValue m -> node.set("M", writeValueMap(m.values()));
            case AttributeValue.StringSet ss -> {
                ArrayNode array = node.putArray("SS");
                ss.values().forEach(array::add);
            }
            case AttributeValue.NumberSet ns -> {
                ArrayNode array = node.putArray("NS");
                for (BigDecimal n : ns.values()) {
                    array.add(Numbers.canonical(n));
                }
            }
            case AttributeValue.BinarySet bs -> {
                ArrayNode array = node.putArray("BS");
                for (Bytes b : bs.values()) {
                    array.add(b.toBase64());
                }
            }
        }
        return node;
    }
}
