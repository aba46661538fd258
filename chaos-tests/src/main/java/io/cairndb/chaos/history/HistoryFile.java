package io.cairndb.chaos.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A history as JSON lines, one event per line:
 * <pre>
 * {"index":4,"process":2,"type":"ok","f":"cas","key":"r3","value":{"expected":1,"updated":2},"time":81234567}
 * </pre>
 * {@code value} is null (none), a number, {@code {"expected":..,"updated":..}} (compare-and-set)
 * or an array (the elements of a set read).
 */
public final class HistoryFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryFile() {
    }

    public static void write(History history, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Op op : history.ops()) {
                out.write(JSON.writeValueAsString(toJson(op)));
                out.newLine();
            }
        }
    }

    public static History read(Path file) throws IOException {
        List<Op> ops = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                ops.add(fromJson(JSON.readTree(text)));
            } catch (RuntimeException e) {
                throw new IOException(file + ":" + line + ": not a history event: " + e.getMessage(), e);
            }
        }
        return new History(ops);
    }

    static ObjectNode toJson(Op op) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("index", op.index());
        node.put("process", op.process());
        node.put("type", op.type().name().toLowerCase(Locale.ROOT));
        node.put("f", op.f());
        node.put("key", op.key());
        node.set("value", valueJson(op.value()));
        node.put("time", op.timeNanos());
        return node;
    }

    private static JsonNode valueJson(Value value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (value) {
            case Value.None none -> json.nullNode();
            case Value.Num num -> json.numberNode(num.value());
            case Value.Cas cas -> {
                ObjectNode node = json.objectNode();
                if (cas.expected() == null) {
                    node.putNull("expected");
                } else {
                    node.put("expected", cas.expected());
                }
                yield node.put("updated", cas.updated());
            }
            case Value.Elements elements -> {
                ArrayNode array = json.arrayNode();
                elements.elements().forEach(array::add);
                yield array;
            }
        };
    }

    static Op fromJson(JsonNode node) {
        return new Op(node.required("index").asLong(), node.required("process").asInt(),
                Op.Type.valueOf(node.required("type").asText().toUpperCase(Locale.ROOT)), node.required("f").asText(),
                node.required("key").asText(), value(node.get("value")), node.required("time").asLong());
    }

    private static Value value(JsonNode node) {
        if (node == null || node.isNull()) {
            return Value.NONE;
        }
        if (node.isIntegralNumber()) {
            return Value.of(node.asLong());
        }
        if (node.isObject()) {
            JsonNode expected = node.required("expected");
            return new Value.Cas(expected.isNull() ? null : expected.asLong(), node.required("updated").asLong());
        }
        if (node.isArray()) {
            List<Long> elements = new ArrayList<>();
            node.forEach(element -> elements.add(element.asLong()));
            return new Value.Elements(elements);
        }
        throw new IllegalArgumentException("unknown value " + node);
    }
}
