package io.cairndb.engine.expr.update;

import io.cairndb.engine.expr.UpdateAction;
import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.expr.ast.PathElement;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled UpdateExpression. Applying it works in two passes over the item as it was before
 * the update:
 * <ol>
 *   <li>each action's new value, in {@link EvaluationOrder} (the first failure is the error
 *       reported): a step into a missing value or a value of the wrong type (a map key of a string,
 *       an index of a number) is an invalid path; then the value itself (missing operands,
 *       arithmetic, list_append, ADD and DELETE types);</li>
 *   <li>the writes: SET, ADD and DELETE in order, then REMOVE from the highest list index down,
 *       so that list indexes always mean the original positions.</li>
 * </ol>
 */
public final class CompiledUpdate implements UpdateAction {
    private final List<UpdateClause> clauses;
    /** Indexes into {@code clauses}: writes in text order, then removals in descending path order. */
    private final int[] writeOrder;
    /** Indexes into {@code clauses} in the order DynamoDB Local checks them. */
    private final int[] evaluationOrder;
    private final Set<String> topLevelAttributes;

    public CompiledUpdate(List<UpdateClause> clauses) {
        this.clauses = List.copyOf(clauses);
        List<Integer> writes = new ArrayList<>();
        List<Integer> removes = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < this.clauses.size(); i++) {
            UpdateClause clause = this.clauses.get(i);
            (clause instanceof UpdateClause.RemoveClause ? removes : writes).add(i);
            names.add(clause.path().topLevelName());
        }
        removes.sort((a, b) -> compareDescending(this.clauses.get(a).path(), this.clauses.get(b).path()));
        writes.addAll(removes);
        this.writeOrder = writes.stream().mapToInt(Integer::intValue).toArray();
        this.topLevelAttributes = Collections.unmodifiableSet(names);
        this.evaluationOrder = EvaluationOrder.of(this.clauses);
    }

    @Override
    public Item apply(Item item) {
        AttributeValue[] updated = new AttributeValue[clauses.size()];
        for (int i : evaluationOrder) {
            UpdateClause clause = clauses.get(i);
            DocumentWriter.checkParents(item, clause.path());
            updated[i] = clause.change(clause.path().resolve(item), item);
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(item.attributes());
        for (int i : writeOrder) {
            DocumentWriter.write(attributes, clauses.get(i).path(), updated[i]);
        }
        return new Item(attributes);
    }

    @Override
    public Set<String> topLevelAttributes() {
        return topLevelAttributes;
    }

    /**
     * DynamoDB Local's rule (observed): a top-level attribute is returned, whole, when at least one
     * updated path under it exists in the image; e.g. after {@code REMOVE l[5]} on a shorter list,
     * or {@code SET l[5] = :v} appending at a lower index, {@code l} is not returned.
     */
    @Override
    public Item updatedAttributes(Item image) {
        Map<String, AttributeValue> kept = new LinkedHashMap<>();
        for (UpdateClause clause : clauses) {
            String name = clause.path().topLevelName();
            if (!kept.containsKey(name) && clause.path().resolve(image) != null) {
                kept.put(name, image.get(name));
            }
        }
        return new Item(kept);
    }

    public List<UpdateClause> clauses() {
        return clauses;
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
