package io.cairndb.engine.expr.update;

import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.expr.ast.PathElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which an update's actions are checked against the item, which decides the error
 * reported when several actions fail (DynamoDB documents no precedence; this is DynamoDB Local's).
 *
 * <p>DynamoDB Local puts the action paths into a tree whose levels are {@code java.util.HashMap}s
 * keyed by path elements hashed as {@code 8191 * 127 + name.hashCode()} (map keys) or
 * {@code 8191 * 127 + index} (list indexes), filled from the last action to the first. It walks the
 * tree depth first in the maps' iteration order and stops at the first failing action. This class
 * computes that walk once per compiled expression: bucket order of a default-sized HashMap, and
 * within a bucket insertion order.
 */
final class EvaluationOrder {
    /** {@code new HashCodeBuilder(8191, 127)}'s starting total times its multiplier. */
    private static final int HASH_SEED = 8191 * 127;

    private EvaluationOrder() {
    }

    /** Indexes into {@code clauses} in the order DynamoDB Local evaluates them. */
    static int[] of(List<UpdateClause> clauses) {
        Node root = new Node();
        for (int i = clauses.size() - 1; i >= 0; i--) {
            Node node = root;
            Path path = clauses.get(i).path();
            for (int depth = 0; depth < path.depth(); depth++) {
                node = node.children.computeIfAbsent(path.get(depth), element -> new Node());
            }
            node.clause = i;
        }
        List<Integer> order = new ArrayList<>(clauses.size());
        root.walk(order);
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static final class Node {
        /** Children in insertion order; the walk re-sorts them by bucket (a stable sort keeps insertion order). */
        final Map<PathElement, Node> children = new LinkedHashMap<>();
        int clause = -1;

        void walk(List<Integer> order) {
            if (clause >= 0) {
                order.add(clause);
            }
            int buckets = tableSize(children.size());
            List<Map.Entry<PathElement, Node>> entries = new ArrayList<>(children.entrySet());
            entries.sort(Comparator.comparingInt(entry -> bucket(entry.getKey(), buckets)));
            for (Map.Entry<PathElement, Node> entry : entries) {
                entry.getValue().walk(order);
            }
        }
    }

    /** The table size of a HashMap of default capacity (16) and load factor (0.75) holding {@code size} entries. */
    static int tableSize(int size) {
        int table = 16;
        while (size > table * 3 / 4) {
            table *= 2;
        }
        return table;
    }

    static int bucket(PathElement element, int tableSize) {
        int hash = HASH_SEED + (element instanceof PathElement.Field field
                ? field.name().hashCode() : ((PathElement.Index) element).index());
        return (hash ^ (hash >>> 16)) & (tableSize - 1);
    }
}
