package io.cairndb.engine.expr.eval;

import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;

/**
 * DynamoDB's comparison semantics, shared by expressions, legacy conditions and key conditions:
 * only S, N and B are ordered (strings by UTF-8 bytes, binary unsigned, numbers numerically);
 * comparing values of different types is false, never an error.
 */
public final class ValueSemantics {
    private ValueSemantics() {
    }

    /** True when {@code a} and {@code b} are both S, both N or both B. */
    public static boolean ordered(AttributeValue a, AttributeValue b) {
        return a != null && b != null && a.type() == b.type() && a.type().isScalarKeyType();
    }

    /** Compares two values of the same ordered type (check {@link #ordered} first). */
    public static int compare(AttributeValue a, AttributeValue b) {
        return switch (a) {
            case AttributeValue.Num n -> n.value().compareTo(((AttributeValue.Num) b).value());
            case AttributeValue.Str s -> compareUtf8(s.value(), ((AttributeValue.Str) b).value());
            case AttributeValue.Bin bin -> bin.value().compareTo(((AttributeValue.Bin) b).value());
            default -> throw new IllegalArgumentException("not an ordered type: " + a.type());
        };
    }

    /** a OP b for the four ordering comparators; false for missing or differently typed values. */
    public static boolean lessThan(AttributeValue a, AttributeValue b) {
        return ordered(a, b) && compare(a, b) < 0;
    }

    public static boolean equal(AttributeValue a, AttributeValue b) {
        return a != null && b != null && a.equals(b);
    }

    /**
     * Compares strings in the order of their UTF-8 encodings, which is code-point order. Java's
     * {@code compareTo} orders UTF-16 units and puts supplementary characters (surrogates,
     * 0xD800-0xDFFF) before 0xE000-0xFFFF; this corrects that without allocating.
     */
    public static int compareUtf8(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (Character.isSurrogate(ca) != Character.isSurrogate(cb)) {
                    // A surrogate (supplementary code point) sorts after any BMP character.
                    return Character.isSurrogate(ca) ? 1 : -1;
                }
                return ca - cb;
            }
        }
        return a.length() - b.length();
    }

    /** begins_with: a string prefix of a string or a binary prefix of a binary. */
    public static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
        if (value instanceof AttributeValue.Str s && prefix instanceof AttributeValue.Str p) {
            return s.value().startsWith(p.value());
        }
        if (value instanceof AttributeValue.Bin b && prefix instanceof AttributeValue.Bin p) {
            return b.value().startsWith(p.value());
        }
        return false;
    }

    /**
     * contains: a substring of a string, a sub-sequence of a binary, an element of a set of the
     * matching type, or an element of a list.
     */
    public static boolean contains(AttributeValue container, AttributeValue element) {
        if (container == null || element == null) {
            return false;
        }
        return switch (container) {
            case AttributeValue.Str s -> element instanceof AttributeValue.Str e && s.value().contains(e.value());
            case AttributeValue.Bin b -> element instanceof AttributeValue.Bin e && b.value().contains(e.value());
            case AttributeValue.StringSet ss -> element instanceof AttributeValue.Str e && ss.values().contains(e.value());
            case AttributeValue.NumberSet ns -> element instanceof AttributeValue.Num e && ns.values().contains(e.value());
            case AttributeValue.BinarySet bs -> element instanceof AttributeValue.Bin e && bs.values().contains(e.value());
            case AttributeValue.ListValue l -> l.values().contains(element);
            default -> false;
        };
    }

    /**
     * size(): string length, binary length, set/list/map element count; null for types without
     * a size (N, BOOL, NULL), which makes any comparison on it false.
     */
    public static AttributeValue size(AttributeValue value) {
        if (value == null) {
            return null;
        }
        long size = switch (value) {
            // DynamoDB counts UTF-16 units here (an emoji counts 2), as DynamoDB Local shows.
            case AttributeValue.Str s -> s.value().length();
            case AttributeValue.Bin b -> b.value().length();
            case AttributeValue.StringSet ss -> ss.values().size();
            case AttributeValue.NumberSet ns -> ns.values().size();
            case AttributeValue.BinarySet bs -> bs.values().size();
            case AttributeValue.ListValue l -> l.values().size();
            case AttributeValue.MapValue m -> m.values().size();
            default -> -1;
        };
        return size < 0 ? null : AttributeValue.n(size);
    }

    /** True for the types size() accepts. */
    public static boolean hasSize(AttributeType type) {
        return type == AttributeType.S || type == AttributeType.B || type.isSet()
                || type == AttributeType.L || type == AttributeType.M;
    }

    /** DynamoDB's rendering of a value inside error messages, e.g. {@code {N:1}} or {@code {S:x}}. */
    public static String describe(AttributeValue value) {
        String body = switch (value) {
            case AttributeValue.Str s -> s.value();
            case AttributeValue.Num n -> n.canonical();
            case AttributeValue.Bin b -> b.value().toBase64();
            case AttributeValue.Bool b -> Boolean.toString(b.value());
            case AttributeValue.Null ignored -> "true";
            default -> value.toString();
        };
        return "{" + value.type().wireName() + ":" + body + "}";
    }
}
