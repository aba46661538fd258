package io.cairndb.engine.expr;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Bytes;
import io.cairndb.engine.model.Item;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Short builders for attribute values, items and placeholder maps in expression tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static AttributeValue s(String v) {
        return AttributeValue.s(v);
    }

    public static AttributeValue n(String v) {
        return AttributeValue.n(v);
    }

    public static AttributeValue n(long v) {
        return AttributeValue.n(v);
    }

    public static AttributeValue b(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return AttributeValue.b(Bytes.wrap(data));
    }

    public static AttributeValue bool(boolean v) {
        return AttributeValue.bool(v);
    }

    public static AttributeValue nul() {
        return AttributeValue.nul();
    }

    public static AttributeValue l(AttributeValue... values) {
        return AttributeValue.l(List.of(values));
    }

    /** {@code m("a", v1, "b", v2)}. */
    public static AttributeValue m(Object... keysAndValues) {
        return AttributeValue.m(map(keysAndValues));
    }

    public static AttributeValue ss(String... values) {
        return AttributeValue.ss(new LinkedHashSet<>(List.of(values)));
    }

    public static AttributeValue ns(String... values) {
        return AttributeValue.ns(Arrays.stream(values).map(BigDecimal::new)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    public static AttributeValue bs(AttributeValue... bins) {
        return AttributeValue.bs(Arrays.stream(bins).map(v -> ((AttributeValue.Bin) v).value())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    public static Item item(Object... keysAndValues) {
        return new Item(map(keysAndValues));
    }

    /** {@code values(":a", v1, ":b", v2)}. */
    public static Map<String, AttributeValue> values(Object... keysAndValues) {
        return map(keysAndValues);
    }

    /** {@code names("#a", "x", "#b", "y")}. */
    public static Map<String, String> names(String... keysAndNames) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndNames.length; i += 2) {
            out.put(keysAndNames[i], keysAndNames[i + 1]);
        }
        return out;
    }

    private static Map<String, AttributeValue> map(Object... keysAndValues) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], (AttributeValue) keysAndValues[i + 1]);
        }
        return out;
    }

    /**
     * The item most tests evaluate against: one attribute of every type plus nested documents.
     * {@code e} holds an emoji (two UTF-16 units) followed by "x".
     */
    public static Item richItem() {
        return item(
                "pk", s("a"), "sk", n(1), "s", s("str"), "n", n(5),
                "l", l(n(0), n(1), m("x", n(2), "y", s("q"))),
                "m", m("x", n(1), "n", m("d", l(s("a"), s("b")))),
                "ss", ss("a", "b"), "ns", ns("1", "2"), "bs", bs(b(1, 2)),
                "b", b(1, 2, 3), "t", bool(true), "z", nul(), "e", s("\uD83D\uDE00x"));
    }

    /** Placeholder values the parameterised tests share; unused ones are fine unless checkAllUsed runs. */
    public static Map<String, AttributeValue> standardValues() {
        return values(
                ":s", s("str"), ":st", s("st"), ":x", s("x"), ":n", n(5), ":one", n(1), ":two", n(2),
                ":three", n(3), ":ten", n(10), ":l", l(), ":l1", l(s("new")), ":mp", m(), ":ss", ss("a"),
                ":ns", ns("1"), ":bs", bs(b(1, 2)), ":b", b(1), ":t", bool(true), ":z", nul(),
                ":SS", s("SS"), ":NS", s("NS"), ":NULL", s("NULL"), ":bogus", s("bogus"), ":a", s("a"));
    }
}
