package io.cairndb.engine.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A DynamoDB attribute value. Immutable; equality is DynamoDB's equality (numbers compare by
 * value, sets ignore order).
 *
 * <p>Construct values through the static factories, which validate nothing beyond non-null:
 * DynamoDB's limits (number range, empty sets, duplicates) are checked by
 * {@link io.cairndb.engine.model.Numbers} and the validators, which know what error to give.
 */
public sealed interface AttributeValue {

    AttributeType type();

    // ---- factories ----

    static Str s(String value) {
        return new Str(value);
    }

    static Num n(String value) {
        return new Num(Numbers.parse(value));
    }

    static Num n(BigDecimal value) {
        return new Num(value);
    }

    static Num n(long value) {
        return new Num(BigDecimal.valueOf(value));
    }

    static Bin b(Bytes value) {
        return new Bin(value);
    }

    static Bool bool(boolean value) {
        return value ? Bool.TRUE : Bool.FALSE;
    }

    static Null nul() {
        return Null.INSTANCE;
    }

    static ListValue l(List<AttributeValue> values) {
        return new ListValue(values);
    }

    static MapValue m(Map<String, AttributeValue> values) {
        return new MapValue(values);
    }

    static StringSet ss(Set<String> values) {
        return new StringSet(values);
    }

    static NumberSet ns(Set<BigDecimal> values) {
        return new NumberSet(values);
    }

    static BinarySet bs(Set<Bytes> values) {
        return new BinarySet(values);
    }

    // ---- the ten types ----

    record Str(String value) implements AttributeValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public AttributeType type() {
            return AttributeType.S;
        }
    }

    /** A number, held normalised (no trailing fractional zeros; zero has scale 0). */
    record Num(BigDecimal value) implements AttributeValue {
        public Num {
            value = Numbers.normalize(Objects.requireNonNull(value, "value"));
        }

        /** DynamoDB's canonical text: plain decimal, no exponent, no trailing zeros. */
        public String canonical() {
            return value.toPlainString();
        }

        @Override
        public AttributeType type() {
            return AttributeType.N;
        }
    }

    record Bin(Bytes value) implements AttributeValue {
        public Bin {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public AttributeType type() {
            return AttributeType.B;
        }
    }

    final class Bool implements AttributeValue {
        static final Bool TRUE = new Bool(true);
        static final Bool FALSE = new Bool(false);

        private final boolean value;

        private Bool(boolean value) {
            this.value = value;
        }

        public boolean value() {
            return value;
        }

        @Override
        public AttributeType type() {
            return AttributeType.BOOL;
        }

        @Override
        public String toString() {
            return "Bool[" + value + "]";
        }
    }

    final class Null implements AttributeValue {
        static final Null INSTANCE = new Null();

        private Null() {
        }

        @Override
        public AttributeType type() {
            return AttributeType.NULL;
        }

        @Override
        public String toString() {
            return "Null";
        }
    }

    record ListValue(List<AttributeValue> values) implements AttributeValue {
        public ListValue {
            values = List.copyOf(values);
        }

        @Override
        public AttributeType type() {
            return AttributeType.L;
        }
    }

    /** A map; iteration order is insertion order, equality ignores order. */
    record MapValue(Map<String, AttributeValue> values) implements AttributeValue {
        public MapValue {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        @Override
        public AttributeType type() {
            return AttributeType.M;
        }
    }

    /** A string set; iteration order is insertion order, equality ignores order. */
    record StringSet(Set<String> values) implements AttributeValue {
        public StringSet {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        @Override
        public AttributeType type() {
            return AttributeType.SS;
        }
    }

    /** A number set of normalised numbers, so that 1 and 1.0 are one element. */
    record NumberSet(Set<BigDecimal> values) implements AttributeValue {
        public NumberSet {
            LinkedHashSet<BigDecimal> normalised = new LinkedHashSet<>();
            for (BigDecimal v : values) {
                normalised.add(Numbers.normalize(v));
            }
            values = Collections.unmodifiableSet(normalised);
        }

        @Override
        public AttributeType type() {
            return AttributeType.NS;
        }
    }

    record BinarySet(Set<Bytes> values) implements AttributeValue {
        public BinarySet {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        @Override
        public AttributeType type() {
            return AttributeType.BS;
        }
    }
}
