package io.cairndb.engine.expr.update;

import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.expr.ast.PathElement;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes values at document paths for updates. DynamoDB's rules: every step but the
 * last must exist with the right type; a list index past the end appends on write and is
 * ignored on remove. Writes copy only the maps and lists on the way down (values are immutable).
 */
final class DocumentWriter {
    private DocumentWriter() {
    }

    /**
     * Checks that every parent of {@code path}'s target exists and that no step goes into a value
     * of the wrong type (a map key of a non-map, an index of a non-list). This holds for every
     * action, REMOVE included: {@code REMOVE a[1]} without {@code a} is an invalid path.
     */
    static void checkParents(Item item, Path path) {
        AttributeValue value = item.get(path.topLevelName());
        for (int i = 1; i < path.depth(); i++) {
            if (value == null) {
                throw UpdateErrors.invalidPath();
            }
            PathElement element = path.get(i);
            boolean fits = element instanceof PathElement.Field
                    ? value instanceof AttributeValue.MapValue : value instanceof AttributeValue.ListValue;
            if (!fits) {
                throw UpdateErrors.invalidPath();
            }
            value = Path.step(value, element);
        }
    }

    /**
     * Writes {@code updated} (null removes) at {@code path}.
     *
     * @throws io.cairndb.engine.error.ValidationException when a parent step is missing or of the wrong type
     */
    static void write(Map<String, AttributeValue> attributes, Path path, AttributeValue updated) {
        String top = path.topLevelName();
        AttributeValue result = path.isTopLevel() ? updated : rewrite(attributes.get(top), path, 1, updated);
        if (result == null) {
            attributes.remove(top);
        } else {
            attributes.put(top, result);
        }
    }

    private static AttributeValue rewrite(AttributeValue container, Path path, int depth, AttributeValue updated) {
        if (container == null) {
            throw UpdateErrors.invalidPath();
        }
        boolean last = depth == path.depth() - 1;
        PathElement element = path.get(depth);
        if (element instanceof PathElement.Field field) {
            if (!(container instanceof AttributeValue.MapValue map)) {
                throw UpdateErrors.invalidPath();
            }
            AttributeValue child = map.values().get(field.name());
            AttributeValue replacement = last ? updated : rewrite(child, path, depth + 1, updated);
            if (replacement == child) {
                return container;
            }
            Map<String, AttributeValue> copy = new LinkedHashMap<>(map.values());
            if (replacement == null) {
                copy.remove(field.name());
            } else {
                copy.put(field.name(), replacement);
            }
            return AttributeValue.m(copy);
        }
        if (!(container instanceof AttributeValue.ListValue list)) {
            throw UpdateErrors.invalidPath();
        }
        int index = ((PathElement.Index) element).index();
        boolean inRange = index < list.values().size();
        AttributeValue child = inRange ? list.values().get(index) : null;
        AttributeValue replacement = last ? updated : rewrite(child, path, depth + 1, updated);
        if (replacement == child) {
            return container;
        }
        List<AttributeValue> copy = new ArrayList<>(list.values());
        if (replacement == null) {
            copy.remove(index);
        } else if (inRange) {
            copy.set(index, replacement);
        } else {
            copy.add(replacement);
        }
        return AttributeValue.l(copy);
    }
}
