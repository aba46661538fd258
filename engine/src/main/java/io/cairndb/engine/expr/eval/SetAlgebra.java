package io.cairndb.engine.expr.eval;

import io.cairndb.engine.model.AttributeValue;
import java.util.LinkedHashSet;
import java.util.Set;

/** Union and difference of DynamoDB sets of the same type, as ADD and DELETE need them. */
public final class SetAlgebra {
    private SetAlgebra() {
    }

    /** {@code a ∪ b}, or null when they are not sets of the same type. */
    public static AttributeValue union(AttributeValue a, AttributeValue b) {
        return switch (a) {
            case AttributeValue.StringSet s when b instanceof AttributeValue.StringSet t -> AttributeValue.ss(union(s.values(), t.values()));
            case AttributeValue.NumberSet s when b instanceof AttributeValue.NumberSet t -> AttributeValue.ns(union(s.values(), t.values()));
            case AttributeValue.BinarySet s when b instanceof AttributeValue.BinarySet t -> AttributeValue.bs(union(s.values(), t.values()));
            default -> null;
        };
    }

    /** {@code a \ b} (possibly empty), or null when they are not sets of the same type. */
    public static AttributeValue minus(AttributeValue a, AttributeValue b) {
        return switch (a) {
            case AttributeValue.StringSet s when b instanceof AttributeValue.StringSet t -> AttributeValue.ss(minus(s.values(), t.values()));
            case AttributeValue.NumberSet s when b instanceof AttributeValue.NumberSet t -> AttributeValue.ns(minus(s.values(), t.values()));
            case AttributeValue.BinarySet s when b instanceof AttributeValue.BinarySet t -> AttributeValue.bs(minus(s.values(), t.values()));
            default -> null;
        };
    }

    public static boolean isEmptySet(AttributeValue v) {
        return switch (v) {
            case AttributeValue.StringSet s -> s.values().isEmpty();
            case AttributeValue.NumberSet s -> s.values().isEmpty();
            case AttributeValue.BinarySet s -> s.values().isEmpty();
            default -> false;
        };
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static <T> Set<T> minus(Set<T> a, Set<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return out;
    }
}
