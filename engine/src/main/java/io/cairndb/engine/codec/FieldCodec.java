package io.cairndb.engine.codec;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The building blocks the request codecs share: optional fields behind a presence byte
 * (0 absent, 1 present), strings, values, items and enum constants by name (so that reordering
 * an enum never changes the meaning of stored bytes).
 */
final class FieldCodec {
    private static final int ABSENT = 0;
    private static final int PRESENT = 1;

    private FieldCodec() {
    }

    static <T> void writeOptional(T value, ByteWriter out, BiConsumer<T, ByteWriter> write) {
        if (value == null) {
            out.put(ABSENT);
        } else {
            out.put(PRESENT);
            write.accept(value, out);
        }
    }

    static <T> T readOptional(ByteReader in, Function<ByteReader, T> read) {
        int presence = in.get();
        return switch (presence) {
            case ABSENT -> null;
            case PRESENT -> read.apply(in);
            default -> throw new CorruptDataException("bad presence byte " + presence);
        };
    }

    static void writeString(String s, ByteWriter out) {
        ItemCodec.writeString(s, out);
    }

    static String readString(ByteReader in) {
        return ItemCodec.readString(in);
    }

    static void writeValue(AttributeValue value, ByteWriter out) {
        ItemCodec.writeValue(value, out);
    }

    static AttributeValue readValue(ByteReader in) {
        return ItemCodec.readValue(in);
    }

    static void writeItem(Item item, ByteWriter out) {
        ItemCodec.encode(item, out);
    }

    static Item readItem(ByteReader in) {
        return ItemCodec.decode(in);
    }

    static void writeBoolean(boolean b, ByteWriter out) {
        out.put(b ? 1 : 0);
    }

    static boolean readBoolean(ByteReader in) {
        int b = in.get();
        if (b > 1) {
            throw new CorruptDataException("bad boolean byte " + b);
        }
        return b == 1;
    }

    static void writeEnum(Enum<?> constant, ByteWriter out) {
        writeString(constant.name(), out);
    }

    static <E extends Enum<E>> E readEnum(ByteReader in, Class<E> type) {
        String name = readString(in);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new CorruptDataException("unknown " + type.getSimpleName() + " " + name);
        }
    }

    static void checkVersion(ByteReader in, int expected, String what) {
        int version = in.get();
        if (version != expected) {
            throw new CorruptDataException("unknown " + what + " format version " + version);
        }
    }

    static void checkFullyRead(ByteReader in, String what) {
        if (in.hasRemaining()) {
            throw new CorruptDataException("trailing bytes after " + what);
        }
    }
}
