package io.cairndb.engine.codec;

import io.cairndb.engine.model.AttributeValue;

/**
 * Binary form of one attribute value (an ExpressionAttributeValue, a partition key), in
 * {@link ItemCodec}'s value encoding behind a version byte:
 * {@code version(1 byte = 1) value}. The stream methods write the bare value, for codecs that
 * embed values in their own versioned format.
 */
public final class ValueCodec {
    static final int VERSION = 1;

    private ValueCodec() {
    }

    public static byte[] encode(AttributeValue value) {
        ByteWriter out = new ByteWriter(32);
        out.put(VERSION);
        write(value, out);
        return out.toByteArray();
    }

    public static AttributeValue decode(byte[] data) {
        ByteReader in = new ByteReader(data);
        FieldCodec.checkVersion(in, VERSION, "value");
        AttributeValue value = read(in);
        FieldCodec.checkFullyRead(in, "value");
        return value;
    }

    /** Writes {@code value} without a version byte. */
    public static void write(AttributeValue value, ByteWriter out) {
        ItemCodec.writeValue(value, out);
    }

    public static AttributeValue read(ByteReader in) {
        return ItemCodec.readValue(in);
    }
}
