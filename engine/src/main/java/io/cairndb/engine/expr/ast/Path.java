package io.cairndb.engine.expr.ast;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.List;

/**
 * A document path such as {@code a.b[2].c}, with placeholders already substituted. The first
 * element is always a {@link PathElement.Field} naming a top-level attribute.
 */
public record Path(List<PathElement> elements) {

    public Path {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || !(elements.get(0) instanceof PathElement.Field)) {
            throw new IllegalArgumentException("a path starts with an attribute name: " + elements);
        }
    }

    public static Path of(String topLevelName) {
        return new Path(List.of(new PathElement.Field(topLevelName)));
    }

    public String topLevelName() {
        return ((PathElement.Field) elements.get(0)).name();
    }

    public int depth() {
        return elements.size();
    }

    public PathElement get(int i) {
        return elements.get(i);
    }

    public boolean isTopLevel() {
        return elements.size() == 1;
    }

    /** The value at this path in {@code item}, or null when any step is missing or of the wrong type. */
    public AttributeValue resolve(Item item) {
        AttributeValue current = item.get(topLevelName());
        for (int i = 1; i < elements.size() && current != null; i++) {
            current = step(current, elements.get(i));
        }
        return current;
    }

    /** One step down from {@code value}, or null. */
    public static AttributeValue step(AttributeValue value, PathElement element) {
        if (element instanceof PathElement.Field field) {
            return value instanceof AttributeValue.MapValue map ? map.values().get(field.name()) : null;
        }
        int index = ((PathElement.Index) element).index();
        if (value instanceof AttributeValue.ListValue list && index < list.values().size()) {
            return list.values().get(index);
        }
        return null;
    }

    /** DynamoDB's rendering in error messages: {@code [a, b, [2], c]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(elements.get(i));
        }
        return sb.append(']').toString();
    }
}
