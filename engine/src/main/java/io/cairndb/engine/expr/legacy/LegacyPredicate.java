package io.cairndb.engine.expr.legacy;

import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.eval.ValueSemantics;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.List;

/** One legacy condition on one top-level attribute: {@code attribute OPERATOR values}. */
record LegacyPredicate(String attribute, ComparisonOperator operator, List<AttributeValue> values)
        implements Condition {

    LegacyPredicate {
        values = List.copyOf(values);
    }

    @Override
    public boolean test(Item item) {
        AttributeValue v = item.get(attribute);
        return switch (operator) {
            case EQ -> ValueSemantics.equal(v, values.get(0));
            case NE -> !ValueSemantics.equal(v, values.get(0));
            case LT -> ValueSemantics.ordered(v, values.get(0)) && ValueSemantics.compare(v, values.get(0)) < 0;
            case LE -> ValueSemantics.ordered(v, values.get(0)) && ValueSemantics.compare(v, values.get(0)) <= 0;
            case GT -> ValueSemantics.ordered(v, values.get(0)) && ValueSemantics.compare(v, values.get(0)) > 0;
            case GE -> ValueSemantics.ordered(v, values.get(0)) && ValueSemantics.compare(v, values.get(0)) >= 0;
            case NOT_NULL -> v != null;
            case NULL -> v == null;
            case CONTAINS -> ValueSemantics.contains(v, values.get(0));
            // A missing attribute neither contains nor "not contains" anything.
            case NOT_CONTAINS -> v != null && !ValueSemantics.contains(v, values.get(0));
            case BEGINS_WITH -> ValueSemantics.beginsWith(v, values.get(0));
            case IN -> v != null && values.contains(v);
            case BETWEEN -> ValueSemantics.ordered(v, values.get(0)) && ValueSemantics.ordered(v, values.get(1))
                    && ValueSemantics.compare(v, values.get(0)) >= 0 && ValueSemantics.compare(v, values.get(1)) <= 0;
        };
    }

    /** All (AND) or any (OR) of several legacy predicates. */
    record Combined(List<Condition> parts, boolean any) implements Condition {
        Combined {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(Item item) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).test(item) == any) {
                    return any;
                }
            }
            return !any;
        }
    }
}
