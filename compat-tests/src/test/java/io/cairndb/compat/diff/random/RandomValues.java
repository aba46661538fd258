package io.cairndb.compat.diff.random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random DynamoDB attribute values in wire JSON ({@code {"S": "..."}}) of all ten types, with small
 * domains so that keys collide and comparisons are sometimes true, and the spellings that test
 * canonical number form, UTF-8 ordering and unsigned binary ordering.
 */
final class RandomValues {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final List<String> SCALAR_TYPES = List.of("S", "N", "B", "BOOL", "NULL");
    static final List<String> ALL_TYPES = List.of("S", "N", "B", "BOOL", "NULL", "L", "M", "SS", "NS", "BS");

    private static final String[] STRINGS = {"", "a", "ab", "abc", "b", "ba", "z", "A", "Z", "é", "日本", "😀", "a b", "0", "10"};
    private static final String[] NUMBERS = {"0", "1", "2", "3", "5", "7", "10", "-1", "-7", "1.5", "-0.25", "3.14159",
        "100", "99999999999999999999999999999999999999", "0.000001", "-12345678901234567890.5", "1E+10", "42"};
    /** Non-canonical spellings: DynamoDB must answer them canonicalised. */
    private static final String[] ODD_NUMBERS = {"1.50", "0001", "1e2", "-0", "+3", ".5", "5.", "1.0E-3", "00.100"};
    private static final int[] BYTES = {0, 1, 2, 0x41, 0x7f, 0x80, 0xfe, 0xff};

    private final Random random;

    RandomValues(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    static ObjectNode typed(String type, JsonNode value) {
        ObjectNode node = NODES.objectNode();
        node.set(type, value);
        return node;
    }

    static ObjectNode s(String value) {
        return typed("S", NODES.textNode(value));
    }

    static ObjectNode n(String value) {
        return typed("N", NODES.textNode(value));
    }

    String string() {
        return pick(STRINGS);
    }

    String number() {
        return chance(0.08) ? pick(ODD_NUMBERS) : pick(NUMBERS);
    }

    String smallInt() {
        return Integer.toString(random.nextInt(21) - 5);
    }

    String binary(int minBytes, int maxBytes) {
        byte[] bytes = new byte[minBytes + random.nextInt(maxBytes - minBytes + 1)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) BYTES[random.nextInt(BYTES.length)];
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A key attribute value of the given type: small domains, so items collide and partitions fill up. */
    ObjectNode key(char type, boolean range) {
        return switch (type) {
            case 'S' -> s((range ? "r" : "k") + random.nextInt(range ? 12 : 25) + (chance(0.1) ? "é" : ""));
            case 'N' -> n(chance(0.15) ? pick(new String[] {"-1.5", "0.25", "1e1", "1000", "-20"})
                    : Integer.toString(random.nextInt(range ? 15 : 30) - 5));
            case 'B' -> typed("B", NODES.textNode(binary(1, 2)));
            default -> throw new IllegalArgumentException("key type " + type);
        };
    }

    /** A value of the given type; depth bounds nesting. */
    ObjectNode value(String type, int depth) {
        return switch (type) {
            case "S" -> s(string());
            case "N" -> n(number());
            case "B" -> typed("B", NODES.textNode(binary(0, 4)));
            case "BOOL" -> typed("BOOL", NODES.booleanNode(random.nextBoolean()));
            case "NULL" -> typed("NULL", NODES.booleanNode(true));
            case "L" -> list(depth);
            case "M" -> map(depth);
            case "SS" -> set("SS", () -> pick(new String[] {"a", "b", "c", "d", "é", "z", "ab"}));
            case "NS" -> set("NS", () -> Integer.toString(random.nextInt(12) - 3));
            case "BS" -> set("BS", () -> binary(1, 2));
            default -> throw new IllegalArgumentException(type);
        };
    }

    ObjectNode anyValue(int depth) {
        return value(depth <= 0 ? pick(SCALAR_TYPES) : pick(ALL_TYPES), depth);
    }

    private ObjectNode list(int depth) {
        ArrayNode elements = NODES.arrayNode();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            elements.add(depth <= 1 ? value(pick(SCALAR_TYPES), 0) : anyValue(depth - 1));
        }
        return typed("L", elements);
    }

    private ObjectNode map(int depth) {
        ObjectNode entries = NODES.objectNode();
        for (String name : new String[] {"p", "q", "r", "s"}) {
            if (chance(0.5)) {
                entries.set(name, depth <= 1 ? value(pick(SCALAR_TYPES), 0) : anyValue(depth - 1));
            }
        }
        return typed("M", entries);
    }

    private ObjectNode set(String type, java.util.function.Supplier<String> element) {
        Set<String> values = new LinkedHashSet<>();
        int size = 1 + random.nextInt(4);
        while (values.size() < size) {
            values.add(element.get());
        }
        ArrayNode array = NODES.arrayNode();
        new ArrayList<>(values).forEach(array::add);
        return typed(type, array);
    }
}
