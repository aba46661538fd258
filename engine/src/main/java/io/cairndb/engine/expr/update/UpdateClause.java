package io.cairndb.engine.expr.update;

import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.LinkedHashSet;
import java.util.Set;

/** One action of an update: SET, REMOVE, ADD or DELETE on one document path. */
public sealed interface UpdateClause {

    Path path();

    /**
     * The new value at {@code path} given the value there now ({@code current}, null when
     * missing) and the item before the update; null removes the attribute or element.
     */
    AttributeValue change(AttributeValue current, Item original);

    /** SET path = value. The value is computed before any action is applied. */
    record SetClause(Path path, UpdateValue value) implements UpdateClause {
        @Override
        public AttributeValue change(AttributeValue current, Item original) {
            return value.evaluate(original);
        }
    }

    record RemoveClause(Path path) implements UpdateClause {
        @Override
        public AttributeValue change(AttributeValue current, Item original) {
            return null;
        }
    }

    /** ADD: adds to a number or unions into a set; creates the attribute when missing. */
    record AddClause(Path path, AttributeValue value) implements UpdateClause {
        @Override
        public AttributeValue change(AttributeValue current, Item original) {
            if (current == null) {
                return value;
            }
            return switch (current) {
                case AttributeValue.Num n when value instanceof AttributeValue.Num add ->
                        UpdateValue.number(n.value().add(add.value()));
                case AttributeValue.StringSet s when value instanceof AttributeValue.StringSet add ->
                        AttributeValue.ss(union(s.values(), add.values()));
                case AttributeValue.NumberSet s when value instanceof AttributeValue.NumberSet add ->
                        AttributeValue.ns(union(s.values(), add.values()));
                case AttributeValue.BinarySet s when value instanceof AttributeValue.BinarySet add ->
                        AttributeValue.bs(union(s.values(), add.values()));
                default -> throw UpdateErrors.wrongType();
            };
        }
    }

    /** DELETE: removes elements from a set; an emptied set removes the attribute. */
    record DeleteClause(Path path, AttributeValue value) implements UpdateClause {
        @Override
        public AttributeValue change(AttributeValue current, Item original) {
            if (current == null) {
                return null;
            }
            AttributeValue result = switch (current) {
                case AttributeValue.StringSet s when value instanceof AttributeValue.StringSet del ->
                        AttributeValue.ss(minus(s.values(), del.values()));
                case AttributeValue.NumberSet s when value instanceof AttributeValue.NumberSet del ->
                        AttributeValue.ns(minus(s.values(), del.values()));
                case AttributeValue.BinarySet s when value instanceof AttributeValue.BinarySet del ->
                        AttributeValue.bs(minus(s.values(), del.values()));
                default -> throw UpdateErrors.wrongType();
            };
            return isEmptySet(result) ? null : result;
        }

        private static boolean isEmptySet(AttributeValue v) {
            return switch (v) {
                case AttributeValue.StringSet s -> s.values().isEmpty();
                case AttributeValue.NumberSet s -> s.values().isEmpty();
                case AttributeValue.BinarySet s -> s.values().isEmpty();
                default -> false;
            };
        }
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
