package io.cairndb.engine.codec;

import static io.cairndb.engine.codec.FieldCodec.readOptional;
import static io.cairndb.engine.codec.FieldCodec.writeOptional;

import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.SortKeyCondition;
import io.cairndb.engine.model.AttributeValue;

/**
 * Binary form of a compiled Query key condition, as a router sends it to a replica.
 *
 * <pre>
 * keyCondition := version(1 byte = 1) opt(partitionKeyName) value opt(sortKeyName) opt(sortKey)
 * sortKey      := operator-name value opt(upper)
 * opt(x)       := 0 | 1 x
 * </pre>
 */
public final class KeyConditionCodec {
    static final int VERSION = 1;

    private KeyConditionCodec() {
    }

    public static byte[] encode(KeyCondition condition) {
        ByteWriter out = new ByteWriter(64);
        out.put(VERSION);
        writeOptional(condition.partitionKeyName(), out, FieldCodec::writeString);
        FieldCodec.writeValue(condition.partitionKey(), out);
        writeOptional(condition.sortKeyName(), out, FieldCodec::writeString);
        writeOptional(condition.sortKey(), out, KeyConditionCodec::writeSortKey);
        return out.toByteArray();
    }

    public static KeyCondition decode(byte[] data) {
        ByteReader in = new ByteReader(data);
        FieldCodec.checkVersion(in, VERSION, "key condition");
        String partitionKeyName = readOptional(in, FieldCodec::readString);
        AttributeValue partitionKey = FieldCodec.readValue(in);
        String sortKeyName = readOptional(in, FieldCodec::readString);
        SortKeyCondition sortKey = readOptional(in, KeyConditionCodec::readSortKey);
        FieldCodec.checkFullyRead(in, "key condition");
        return new KeyCondition(partitionKeyName, partitionKey, sortKeyName, sortKey);
    }

    private static void writeSortKey(SortKeyCondition sortKey, ByteWriter out) {
        FieldCodec.writeEnum(sortKey.operator(), out);
        FieldCodec.writeValue(sortKey.value(), out);
        writeOptional(sortKey.upper(), out, FieldCodec::writeValue);
    }

    private static SortKeyCondition readSortKey(ByteReader in) {
        SortKeyCondition.Operator operator = FieldCodec.readEnum(in, SortKeyCondition.Operator.class);
        AttributeValue value = FieldCodec.readValue(in);
        return new SortKeyCondition(operator, value, readOptional(in, FieldCodec::readValue));
    }
}
