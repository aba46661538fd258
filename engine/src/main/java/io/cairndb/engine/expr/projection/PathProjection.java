package io.cairndb.engine.expr.projection;

import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.expr.ast.PathElement;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A compiled ProjectionExpression or AttributesToGet. Nested paths keep the document's shape as
 * DynamoDB does: {@code a.b} returns {@code {a: {b: ...}}}; list indexes keep the selected
 * elements in index order; paths that select nothing leave no empty maps or lists behind.
 */
public final class PathProjection implements Projection {
    private final Node root = new Node();
    private final boolean topLevelOnly;

    public PathProjection(List<Path> paths) {
        boolean flat = true;
        for (Path path : paths) {
            Node node = root;
            for (PathElement element : path.elements()) {
                node = node.child(element);
            }
            node.leaf = true;
            flat &= path.isTopLevel();
        }
        this.topLevelOnly = flat;
    }

    @Override
    public Item project(Item item) {
        Map<String, AttributeValue> out = new LinkedHashMap<>(Math.max(4, root.fields.size() * 2));
        for (Map.Entry<String, Node> e : root.fields.entrySet()) {
            AttributeValue value = item.get(e.getKey());
            if (value == null) {
                continue;
            }
            AttributeValue projected = topLevelOnly ? value : e.getValue().apply(value);
            if (projected != null) {
                out.put(e.getKey(), projected);
            }
        }
        return new Item(out);
    }

    /** The selection under one step: map keys, list indexes, or everything ({@code leaf}). */
    private static final class Node {
        final Map<String, Node> fields = new LinkedHashMap<>();
        final TreeMap<Integer, Node> indexes = new TreeMap<>();
        boolean leaf;

        Node child(PathElement element) {
            if (element instanceof PathElement.Field f) {
                return fields.computeIfAbsent(f.name(), k -> new Node());
            }
            return indexes.computeIfAbsent(((PathElement.Index) element).index(), k -> new Node());
        }

        /** The part of {@code value} this node selects, or null when it selects nothing. */
        AttributeValue apply(AttributeValue value) {
            if (leaf) {
                return value;
            }
            if (!fields.isEmpty() && value instanceof AttributeValue.MapValue map) {
                Map<String, AttributeValue> out = new LinkedHashMap<>();
                for (Map.Entry<String, Node> e : fields.entrySet()) {
                    AttributeValue v = map.values().get(e.getKey());
                    AttributeValue projected = v == null ? null : e.getValue().apply(v);
                    if (projected != null) {
                        out.put(e.getKey(), projected);
                    }
                }
                return out.isEmpty() ? null : AttributeValue.m(out);
            }
            if (!indexes.isEmpty() && value instanceof AttributeValue.ListValue list) {
                List<AttributeValue> out = new ArrayList<>(indexes.size());
                for (Map.Entry<Integer, Node> e : indexes.entrySet()) {
                    if (e.getKey() < list.values().size()) {
                        AttributeValue projected = e.getValue().apply(list.values().get(e.getKey()));
                        if (projected != null) {
                            out.add(projected);
                        }
                    }
                }
                return out.isEmpty() ? null : AttributeValue.l(out);
            }
            return null;
        }
    }
}
