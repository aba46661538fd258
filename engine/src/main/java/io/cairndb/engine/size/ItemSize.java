package io.cairndb.engine.size;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Bytes;
import io.cairndb.engine.model.Item;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * DynamoDB's item size: the sum over attributes of the UTF-8 length of the name plus the size of
 * the value. Values: strings by UTF-8 length; numbers one byte per base-100 digit plus one (see
 * {@link #numberSize}); binary by length; null and boolean one byte; lists and maps three bytes plus one per
 * element plus their elements (map elements count their names); sets the sum of their elements.
 * Used for the 400 KB limit, the 1 MB page and capacity units.
 */
public final class ItemSize {
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {
    }

    public static long of(Item item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.attributes().entrySet()) {
            size += utf8Length(e.getKey()) + of(e.getValue());
        }
        return size;
    }

    public static long of(AttributeValue value) {
        return switch (value) {
            case AttributeValue.Str s -> utf8Length(s.value());
            case AttributeValue.Num n -> numberSize(n.value());
            case AttributeValue.Bin b -> b.value().length();
            case AttributeValue.Bool ignored -> 1;
            case AttributeValue.Null ignored -> 1;
            case AttributeValue.ListValue l -> {
                long size = 3;
                for (AttributeValue v : l.values()) {
                    size += 1 + of(v);
                }
                yield size;
            }
            case AttributeValue.MapValue m -> {
                long size = 3;
                for (Map.Entry<String, AttributeValue> e : m.values().entrySet()) {
                    size += 1 + utf8Length(e.getKey()) + of(e.getValue());
                }
                yield size;
            }
            case AttributeValue.StringSet ss -> {
                long size = 0;
                for (String s : ss.values()) {
                    size += utf8Length(s);
                }
                yield size;
            }
            case AttributeValue.NumberSet ns -> {
                long size = 0;
                for (BigDecimal n : ns.values()) {
                    size += numberSize(n);
                }
                yield size;
            }
            case AttributeValue.BinarySet bs -> {
                long size = 0;
                for (Bytes b : bs.values()) {
                    size += b.length();
                }
                yield size;
            }
        };
    }

    /**
     * A number's stored size. DynamoDB documents it as "approximately one byte per two significant
     * digits, plus one"; the exact rule (measured with DynamoDB Local's capacity units) stores the
     * digits in base 100 aligned on the decimal point: one byte per pair of digits from the highest
     * to the lowest non-zero pair, plus one, plus one more for a negative number; zero takes one byte.
     * So {@code 12} takes 2 bytes but {@code 1.5} ("01.50") and {@code 123} ("01 23") take 3.
     */
    static long numberSize(BigDecimal value) {
        if (value.signum() == 0) {
            return 1;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int lowest = -stripped.scale();
        int highest = lowest + stripped.precision() - 1;
        int pairs = Math.floorDiv(highest, 2) - Math.floorDiv(lowest, 2) + 1;
        return pairs + 1 + (value.signum() < 0 ? 1 : 0);
    }

    /** UTF-8 length without allocating. */
    public static int utf8Length(String s) {
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    /** Bytes of a string as DynamoDB counts them; a shortcut for callers that also need the bytes. */
    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
