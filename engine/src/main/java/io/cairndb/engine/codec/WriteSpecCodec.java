package io.cairndb.engine.codec;

import static io.cairndb.engine.codec.FieldCodec.readOptional;
import static io.cairndb.engine.codec.FieldCodec.writeOptional;

import io.cairndb.engine.expr.legacy.AttributeUpdateEntry;
import io.cairndb.engine.expr.legacy.ComparisonOperator;
import io.cairndb.engine.expr.legacy.ConditionalOperator;
import io.cairndb.engine.expr.legacy.ExpectedEntry;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.write.WriteSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Binary form of a {@link WriteSpec}, as it travels to a replica and sits in the Raft log. Every
 * field keeps null apart from empty and maps keep their order, so a decoded spec compiles to the
 * same command on every replica.
 *
 * <pre>
 * spec     := version(1 byte = 1) kind-name key:item opt(item)
 *             opt(conditionExpression) opt(updateExpression)
 *             opt(map(string)) opt(map(value))                  ExpressionAttributeNames / Values
 *             opt(map(expected)) opt(conditionalOperator-name)  legacy Expected / ConditionalOperator
 *             opt(map(update)) returnItemOnConditionFailure(1 byte)
 * expected := opt(value) opt(exists(1 byte)) opt(comparisonOperator-name) opt(count value*)
 * update   := opt(action-name) opt(value)
 * map(x)   := count (name x)*
 * opt(x)   := 0 | 1 x
 * </pre>
 * Items and values use {@link ItemCodec}'s encoding; enum constants are written by name.
 */
public final class WriteSpecCodec {
    static final int VERSION = 1;

    private WriteSpecCodec() {
    }

    public static byte[] encode(WriteSpec spec) {
        ByteWriter out = new ByteWriter(256);
        out.put(VERSION);
        FieldCodec.writeEnum(spec.kind(), out);
        FieldCodec.writeItem(spec.key(), out);
        writeOptional(spec.item(), out, FieldCodec::writeItem);
        writeOptional(spec.conditionExpression(), out, FieldCodec::writeString);
        writeOptional(spec.updateExpression(), out, FieldCodec::writeString);
        writeOptional(spec.expressionAttributeNames(), out, mapWriter(FieldCodec::writeString));
        writeOptional(spec.expressionAttributeValues(), out, mapWriter(FieldCodec::writeValue));
        writeOptional(spec.expected(), out, mapWriter(WriteSpecCodec::writeExpected));
        writeOptional(spec.conditionalOperator(), out, FieldCodec::writeEnum);
        writeOptional(spec.attributeUpdates(), out, mapWriter(WriteSpecCodec::writeUpdate));
        FieldCodec.writeBoolean(spec.returnItemOnConditionFailure(), out);
        return out.toByteArray();
    }

    public static WriteSpec decode(byte[] data) {
        ByteReader in = new ByteReader(data);
        FieldCodec.checkVersion(in, VERSION, "write spec");
        WriteSpec.Kind kind = FieldCodec.readEnum(in, WriteSpec.Kind.class);
        Item key = FieldCodec.readItem(in);
        WriteSpec.Builder spec = WriteSpec.builder(kind, key)
                .item(readOptional(in, FieldCodec::readItem))
                .conditionExpression(readOptional(in, FieldCodec::readString))
                .updateExpression(readOptional(in, FieldCodec::readString))
                .expressionAttributeNames(readOptional(in, mapReader(FieldCodec::readString)))
                .expressionAttributeValues(readOptional(in, mapReader(FieldCodec::readValue)))
                .expected(readOptional(in, mapReader(WriteSpecCodec::readExpected)))
                .conditionalOperator(readOptional(in, r -> FieldCodec.readEnum(r, ConditionalOperator.class)))
                .attributeUpdates(readOptional(in, mapReader(WriteSpecCodec::readUpdate)))
                .returnItemOnConditionFailure(FieldCodec.readBoolean(in));
        FieldCodec.checkFullyRead(in, "write spec");
        try {
            return spec.build();
        } catch (IllegalArgumentException e) {
            throw new CorruptDataException("inconsistent write spec: " + e.getMessage());
        }
    }

    private static void writeExpected(ExpectedEntry entry, ByteWriter out) {
        writeOptional(entry.value(), out, FieldCodec::writeValue);
        writeOptional(entry.exists(), out, FieldCodec::writeBoolean);
        writeOptional(entry.comparisonOperator(), out, FieldCodec::writeEnum);
        writeOptional(entry.attributeValueList(), out, WriteSpecCodec::writeValues);
    }

    private static ExpectedEntry readExpected(ByteReader in) {
        AttributeValue value = readOptional(in, FieldCodec::readValue);
        Boolean exists = readOptional(in, FieldCodec::readBoolean);
        ComparisonOperator operator = readOptional(in, r -> FieldCodec.readEnum(r, ComparisonOperator.class));
        return new ExpectedEntry(value, exists, operator, readOptional(in, WriteSpecCodec::readValues));
    }

    private static void writeUpdate(AttributeUpdateEntry entry, ByteWriter out) {
        writeOptional(entry.action(), out, FieldCodec::writeEnum);
        writeOptional(entry.value(), out, FieldCodec::writeValue);
    }

    private static AttributeUpdateEntry readUpdate(ByteReader in) {
        AttributeUpdateEntry.Action action = readOptional(in, r -> FieldCodec.readEnum(r, AttributeUpdateEntry.Action.class));
        return new AttributeUpdateEntry(action, readOptional(in, FieldCodec::readValue));
    }

    private static void writeValues(List<AttributeValue> values, ByteWriter out) {
        out.putVarint(values.size());
        for (AttributeValue value : values) {
            FieldCodec.writeValue(value, out);
        }
    }

    private static List<AttributeValue> readValues(ByteReader in) {
        int count = in.getVarint();
        List<AttributeValue> values = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            values.add(FieldCodec.readValue(in));
        }
        return values;
    }

    private static <V> BiConsumer<Map<String, V>, ByteWriter> mapWriter(BiConsumer<V, ByteWriter> writeValue) {
        return (map, out) -> {
            out.putVarint(map.size());
            for (Map.Entry<String, V> e : map.entrySet()) {
                FieldCodec.writeString(e.getKey(), out);
                writeValue.accept(e.getValue(), out);
            }
        };
    }

    private static <V> Function<ByteReader, Map<String, V>> mapReader(Function<ByteReader, V> readValue) {
        return in -> {
            int count = in.getVarint();
            Map<String, V> map = LinkedHashMap.newLinkedHashMap(Math.min(count, 1024));
            for (int i = 0; i < count; i++) {
                String name = FieldCodec.readString(in);
                map.put(name, readValue.apply(in));
            }
            return map;
        };
    }
}
