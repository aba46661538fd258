package io.cairndb.engine.expr.update;

import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.expr.eval.SetAlgebra;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;

/** One action of an update: SET, REMOVE, ADD or DELETE on one document path. */
public sealed interface UpdateClause {

    Path path();

    /**
     * The new value at {@code path} given the value there now ({@code current}, null when
     * missing) and the item before the update; null removes the attribute or element.
     */
    AttributeValue change(AttributeValue current, Item original);

    /** SET path = value; operands are read from the item before the update. */
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
            if (current instanceof AttributeValue.Num n && value instanceof AttributeValue.Num add) {
                return UpdateValue.number(n.value().add(add.value()));
            }
            AttributeValue union = SetAlgebra.union(current, value);
            if (union == null) {
                throw UpdateErrors.wrongType();
            }
            return union;
        }
    }

    /** DELETE: removes elements from a set; an emptied set removes the attribute. */
    record DeleteClause(Path path, AttributeValue value) implements UpdateClause {
        @Override
        public AttributeValue change(AttributeValue current, Item original) {
            if (current == null) {
                return null;
            }
            AttributeValue rest = SetAlgebra.minus(current, value);
            if (rest == null) {
                throw UpdateErrors.wrongType();
            }
            return SetAlgebra.isEmptySet(rest) ? null : rest;
        }
    }
}
