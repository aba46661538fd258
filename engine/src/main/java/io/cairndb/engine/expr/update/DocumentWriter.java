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
 * Writes one change at a document path, copying only the maps and lists on the way down (the
 * values themselves are immutable). DynamoDB's rules: every step but the last must exist with
 * the right type; a list index past the end appends on write and is ignored on remove.
 */
final class DocumentWriter {
    private DocumentWriter() {
    }

    static void apply(Map<String, AttributeValue> attributes, UpdateClause clause, Item original) {
        Path path = clause.path();
        String top = path.topLevelName();
        AttributeValue current = attributes.get(top);
        AttributeValue updated;
        if (path.isTopLevel()) {
            updated = clause.change(current, original);
        } else {
            if (current == null) {
                throw UpdateErrors.invalidPath();
            }
            updated = rewrite(current, clause, 1, original);
        }
        if (updated == null) {
            attributes.remove(top);
        } else if (updated != current) {
            attributes.put(top, updated);
        }
    }

    private static AttributeValue rewrite(AttributeValue container, UpdateClause clause, int depth, Item original) {
        Path path = clause.path();
        boolean last = depth == path.depth() - 1;
        PathElement element = path.get(depth);
        if (element instanceof PathElement.Field field) {
            if (!(container instanceof AttributeValue.MapValue map)) {
                throw UpdateErrors.invalidPath();
            }
            AttributeValue child = map.values().get(field.name());
            AttributeValue updated = step(child, clause, depth, last, original);
            if (updated == child) {
                return container;
            }
            Map<String, AttributeValue> copy = new LinkedHashMap<>(map.values());
            if (updated == null) {
                copy.remove(field.name());
            } else {
                copy.put(field.name(), updated);
            }
            return AttributeValue.m(copy);
        }
        int index = ((PathElement.Index) element).index();
        if (!(container instanceof AttributeValue.ListValue list)) {
            throw UpdateErrors.invalidPath();
        }
        boolean inRange = index < list.values().size();
        AttributeValue child = inRange ? list.values().get(index) : null;
        AttributeValue updated = step(child, clause, depth, last, original);
        if (updated == child) {
            return container;
        }
        List<AttributeValue> copy = new ArrayList<>(list.values());
        if (updated == null) {
            copy.remove(index);
        } else if (inRange) {
            copy.set(index, updated);
        } else {
            copy.add(updated);
        }
        return AttributeValue.l(copy);
    }

    private static AttributeValue step(AttributeValue child, UpdateClause clause, int depth, boolean last, Item original) {
        if (last) {
            return clause.change(child, original);
        }
        if (child == null) {
            throw UpdateErrors.invalidPath();
        }
        return rewrite(child, clause, depth + 1, original);
    }
}
