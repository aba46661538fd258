package io.cairndb.chaos.history;

import java.util.List;
import java.util.Objects;

/**
 * What an operation carries: what a write writes, what a read returned, a compare-and-set's
 * expected and new values, or the elements of a set read.
 */
public sealed interface Value {
    /** No value: a read of an absent item, or an invocation of a read. */
    None NONE = new None();

    static Num of(long value) {
        return new Num(value);
    }

    record None() implements Value {
    }

    record Num(long value) implements Value {
    }

    /** A compare-and-set: replace {@code expected} (absent when null) by {@code updated}. */
    record Cas(Long expected, long updated) implements Value {
    }

    record Elements(List<Long> elements) implements Value {
        public Elements {
            elements = List.copyOf(Objects.requireNonNull(elements));
        }
    }
}
