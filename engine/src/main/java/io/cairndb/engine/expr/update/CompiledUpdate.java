package io.cairndb.engine.expr.update;

import io.cairndb.engine.expr.UpdateAction;
import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.expr.ast.PathElement;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled UpdateExpression (or legacy AttributeUpdates). Every SET value is computed from the
 * item as it was before the update, then SET, ADD and DELETE are applied in order and REMOVE
 * last, from the highest list index down, so that list indexes always mean the original
 * positions, as in DynamoDB.
 */
public final class CompiledUpdate implements UpdateAction {
    private final List<UpdateClause> writes;
    private final List<UpdateClause.RemoveClause> removes;
    private final Set<String> topLevelAttributes;

    public CompiledUpdate(List<UpdateClause> clauses) {
        List<UpdateClause> w = new ArrayList<>();
        List<UpdateClause.RemoveClause> r = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (UpdateClause clause : clauses) {
            if (clause instanceof UpdateClause.RemoveClause remove) {
                r.add(remove);
            } else {
                w.add(clause);
            }
            names.add(clause.path().topLevelName());
        }
        r.sort(Comparator.comparing(UpdateClause.RemoveClause::path, CompiledUpdate::compareDescending));
        this.writes = List.copyOf(w);
        this.removes = List.copyOf(r);
        this.topLevelAttributes = Collections.unmodifiableSet(names);
    }

    @Override
    public Item apply(Item item) {
        // Every clause reads operands from the original item: "SET a = b, b = a" swaps.
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(item.attributes());
        for (int i = 0; i < writes.size(); i++) {
            DocumentWriter.apply(attributes, writes.get(i), item);
        }
        for (UpdateClause.RemoveClause remove : removes) {
            DocumentWriter.apply(attributes, remove, item);
        }
        return new Item(attributes);
    }

    @Override
    public Set<String> topLevelAttributes() {
        return topLevelAttributes;
    }

    public List<UpdateClause> clauses() {
        List<UpdateClause> all = new ArrayList<>(writes);
        all.addAll(removes);
        return all;
    }

    /**
     * A total order of paths in which, under a common prefix, higher list indexes come first.
     * Map keys order by name and before indexes; only the index order matters.
     */
    private static int compareDescending(Path a, Path b) {
        int n = Math.min(a.depth(), b.depth());
        for (int i = 0; i < n; i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.depth(), b.depth());
    }

    private static int compare(PathElement x, PathElement y) {
        if (x instanceof PathElement.Index xi) {
            return y instanceof PathElement.Index yi ? Integer.compare(yi.index(), xi.index()) : 1;
        }
        if (y instanceof PathElement.Index) {
            return -1;
        }
        return ((PathElement.Field) x).name().compareTo(((PathElement.Field) y).name());
    }
}
