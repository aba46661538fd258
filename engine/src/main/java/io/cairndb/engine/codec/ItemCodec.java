package io.cairndb.engine.codec;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Bytes;
import io.cairndb.engine.model.Item;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compact binary form of whole items, as stored on disk and (later) in Raft log entries.
 *
 * <pre>
 * item   := version(1 byte = 1) count(varint) (name value)*
 * name   := length(varint) utf8
 * value  := tag(1 byte) payload
 *   S  tag 1: length utf8            N  tag 2: number            B  tag 3: length bytes
 *   TRUE tag 4, FALSE tag 5, NULL tag 6: no payload
 *   L  tag 7: count value*           M  tag 8: count (name value)*
 *   SS tag 9: count (length utf8)*   NS tag 10: count number*     BS tag 11: count (length bytes)*
 * number := 0 zigzag(unscaled) zigzag(scale)        when the unscaled value fits in a long
 *         | 1 length twos-complement-bytes zigzag(scale)
 * </pre>
 * The version byte lets a later format be introduced while old data stays readable. Hand-written
 * switches, no reflection: this runs on every read and write.
 */
public final class ItemCodec {
    static final int VERSION = 1;

    private static final int TAG_S = 1;
    private static final int TAG_N = 2;
    private static final int TAG_B = 3;
    private static final int TAG_TRUE = 4;
    private static final int TAG_FALSE = 5;
    private static final int TAG_NULL = 6;
    private static final int TAG_L = 7;
    private static final int TAG_M = 8;
    private static final int TAG_SS = 9;
    private static final int TAG_NS = 10;
    private static final int TAG_BS = 11;

    private static final int NUMBER_LONG = 0;
    private static final int NUMBER_BIG = 1;

    private ItemCodec() {
    }

    public static byte[] encode(Item item) {
        ByteWriter out = new ByteWriter(128);
        encode(item, out);
        return out.toByteArray();
    }

    public static void encode(Item item, ByteWriter out) {
        out.put(VERSION);
        writeMap(item.attributes(), out);
    }

    public static Item decode(byte[] data) {
        return decode(data, 0, data.length);
    }

    public static Item decode(byte[] data, int offset, int length) {
        ByteReader in = new ByteReader(data, offset, length);
        Item item = decode(in);
        if (in.hasRemaining()) {
            throw new CorruptDataException("trailing bytes after item");
        }
        return item;
    }

    /** Reads one item written by {@link #encode(Item, ByteWriter)}, leaving the reader after it. */
    public static Item decode(ByteReader in) {
        int version = in.get();
        if (version != VERSION) {
            throw new CorruptDataException("unknown item format version " + version);
        }
        return new Item(readMap(in));
    }

    // ---- encoding ----

    private static void writeMap(Map<String, AttributeValue> map, ByteWriter out) {
        out.putVarint(map.size());
        for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
            writeString(e.getKey(), out);
            writeValue(e.getValue(), out);
        }
    }

    static void writeValue(AttributeValue value, ByteWriter out) {
        switch (value) {
            case AttributeValue.Str s -> {
                out.put(TAG_S);
                writeString(s.value(), out);
            }
            case AttributeValue.Num n -> {
                out.put(TAG_N);
                writeNumber(n.value(), out);
            }
            case AttributeValue.Bin b -> {
                out.put(TAG_B);
                writeBytes(b.value(), out);
            }
            case AttributeValue.Bool b -> out.put(b.value() ? TAG_TRUE : TAG_FALSE);
            case AttributeValue.Null ignored -> out.put(TAG_NULL);
            case AttributeValue.ListValue l -> {
                out.put(TAG_L);
                out.putVarint(l.values().size());
                for (AttributeValue element : l.values()) {
                    writeValue(element, out);
                }
            }
            case AttributeValue.MapValue m -> {
                out.put(TAG_M);
                writeMap(m.values(), out);
            }
            case AttributeValue.StringSet ss -> {
                out.put(TAG_SS);
                out.putVarint(ss.values().size());
                for (String s : ss.values()) {
                    writeString(s, out);
                }
            }
            case AttributeValue.NumberSet ns -> {
                out.put(TAG_NS);
                out.putVarint(ns.values().size());
                for (BigDecimal n : ns.values()) {
                    writeNumber(n, out);
                }
            }
            case AttributeValue.BinarySet bs -> {
                out.put(TAG_BS);
                out.putVarint(bs.values().size());
                for (Bytes b : bs.values()) {
                    writeBytes(b, out);
                }
            }
        }
    }

    static void writeString(String s, ByteWriter out) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.putVarint(utf8.length);
        out.put(utf8);
    }

    private static void writeBytes(Bytes b, ByteWriter out) {
        out.putVarint(b.length());
        out.put(b.unsafeArray());
    }

    private static void writeNumber(BigDecimal n, ByteWriter out) {
        BigInteger unscaled = n.unscaledValue();
        if (unscaled.bitLength() < 64) {
            out.put(NUMBER_LONG);
            out.putSignedVarlong(unscaled.longValue());
        } else {
            out.put(NUMBER_BIG);
            byte[] bytes = unscaled.toByteArray();
            out.putVarint(bytes.length);
            out.put(bytes);
        }
        out.putSignedVarlong(n.scale());
    }

    // ---- decoding ----

    private static Map<String, AttributeValue> readMap(ByteReader in) {
        int count = in.getVarint();
        Map<String, AttributeValue> map = LinkedHashMap.newLinkedHashMap(count);
        for (int i = 0; i < count; i++) {
            String name = readString(in);
            map.put(name, readValue(in));
        }
        return map;
    }

    static AttributeValue readValue(ByteReader in) {
        int tag = in.get();
        return switch (tag) {
            case TAG_S -> AttributeValue.s(readString(in));
            case TAG_N -> AttributeValue.n(readNumber(in));
            case TAG_B -> AttributeValue.b(readBytes(in));
            case TAG_TRUE -> AttributeValue.bool(true);
            case TAG_FALSE -> AttributeValue.bool(false);
            case TAG_NULL -> AttributeValue.nul();
            case TAG_L -> {
                int count = in.getVarint();
                List<AttributeValue> values = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    values.add(readValue(in));
                }
                yield AttributeValue.l(values);
            }
            case TAG_M -> AttributeValue.m(readMap(in));
            case TAG_SS -> AttributeValue.ss(readSet(in, ItemCodec::readString));
            case TAG_NS -> AttributeValue.ns(readSet(in, ItemCodec::readNumber));
            case TAG_BS -> AttributeValue.bs(readSet(in, ItemCodec::readBytes));
            default -> throw new CorruptDataException("unknown attribute tag " + tag);
        };
    }

    private static <T> Set<T> readSet(ByteReader in, Function<ByteReader, T> readElement) {
        int count = in.getVarint();
        Set<T> values = LinkedHashSet.newLinkedHashSet(count);
        for (int i = 0; i < count; i++) {
            values.add(readElement.apply(in));
        }
        return values;
    }

    static String readString(ByteReader in) {
        int length = in.getVarint();
        int start = in.skip(length);
        return new String(in.data(), start, length, StandardCharsets.UTF_8);
    }

    private static Bytes readBytes(ByteReader in) {
        int length = in.getVarint();
        int start = in.skip(length);
        byte[] copy = new byte[length];
        System.arraycopy(in.data(), start, copy, 0, length);
        return Bytes.wrap(copy);
    }

    private static BigDecimal readNumber(ByteReader in) {
        int form = in.get();
        BigInteger unscaled;
        if (form == NUMBER_LONG) {
            long value = in.getSignedVarlong();
            long scale = in.getSignedVarlong();
            return BigDecimal.valueOf(value, Math.toIntExact(scale));
        } else if (form == NUMBER_BIG) {
            int length = in.getVarint();
            int start = in.skip(length);
            unscaled = new BigInteger(in.data(), start, length);
        } else {
            throw new CorruptDataException("unknown number form " + form);
        }
        return new BigDecimal(unscaled, Math.toIntExact(in.getSignedVarlong()));
    }
}
