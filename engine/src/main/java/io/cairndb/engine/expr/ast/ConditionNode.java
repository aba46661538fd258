package io.cairndb.engine.expr.ast;

import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.eval.ValueSemantics;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.List;

/**
 * The compiled form of a ConditionExpression / FilterExpression: an immutable tree that
 * evaluates itself. Evaluation never throws: DynamoDB treats comparisons between mismatched
 * types as false.
 */
public sealed interface ConditionNode extends Condition {

    enum Comparator {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isOrdering() {
            return this != EQ && this != NE;
        }

        /** DynamoDB's semantics: = and the orderings need both values; <> is true when one is missing. */
        public boolean apply(AttributeValue a, AttributeValue b) {
            return switch (this) {
                case EQ -> ValueSemantics.equal(a, b);
                case NE -> !ValueSemantics.equal(a, b);
                case LT -> ValueSemantics.ordered(a, b) && ValueSemantics.compare(a, b) < 0;
                case LE -> ValueSemantics.ordered(a, b) && ValueSemantics.compare(a, b) <= 0;
                case GT -> ValueSemantics.ordered(a, b) && ValueSemantics.compare(a, b) > 0;
                case GE -> ValueSemantics.ordered(a, b) && ValueSemantics.compare(a, b) >= 0;
            };
        }
    }

    record Comparison(Comparator comparator, Operand left, Operand right) implements ConditionNode {
        @Override
        public boolean test(Item item) {
            return comparator.apply(left.evaluate(item), right.evaluate(item));
        }
    }

    record Between(Operand value, Operand low, Operand high) implements ConditionNode {
        @Override
        public boolean test(Item item) {
            AttributeValue v = value.evaluate(item);
            AttributeValue lo = low.evaluate(item);
            AttributeValue hi = high.evaluate(item);
            return ValueSemantics.ordered(v, lo) && ValueSemantics.ordered(v, hi)
                    && ValueSemantics.compare(v, lo) >= 0 && ValueSemantics.compare(v, hi) <= 0;
        }
    }

    record In(Operand value, List<Operand> candidates) implements ConditionNode {
        public In {
            candidates = List.copyOf(candidates);
        }

        @Override
        public boolean test(Item item) {
            AttributeValue v = value.evaluate(item);
            if (v == null) {
                return false;
            }
            for (int i = 0; i < candidates.size(); i++) {
                if (v.equals(candidates.get(i).evaluate(item))) {
                    return true;
                }
            }
            return false;
        }
    }

    record And(Condition left, Condition right) implements ConditionNode {
        @Override
        public boolean test(Item item) {
            return left.test(item) && right.test(item);
        }
    }

    record Or(Condition left, Condition right) implements ConditionNode {
        @Override
        public boolean test(Item item) {
            return left.test(item) || right.test(item);
        }
    }

    record Not(Condition inner) implements ConditionNode {
        @Override
        public boolean test(Item item) {
            return !inner.test(item);
        }
    }

    record AttributeExists(Path path) implements ConditionNode {
        @Override
        public boolean test(Item item) {
            return path.resolve(item) != null;
        }
    }

    record AttributeNotExists(Path path) implements ConditionNode {
        @Override
        public boolean test(Item item) {
            return path.resolve(item) == null;
        }
    }

    /** {@code type} is null only in expressions that failed to compile. */
    record AttributeTypeIs(Path path, AttributeType type) implements ConditionNode {
        @Override
        public boolean test(Item item) {
            AttributeValue v = path.resolve(item);
            return v != null && v.type() == type;
        }
    }

    record BeginsWith(Operand value, Operand prefix) implements ConditionNode {
        @Override
        public boolean test(Item item) {
            return ValueSemantics.beginsWith(value.evaluate(item), prefix.evaluate(item));
        }
    }

    record Contains(Operand container, Operand element) implements ConditionNode {
        @Override
        public boolean test(Item item) {
            return ValueSemantics.contains(container.evaluate(item), element.evaluate(item));
        }
    }
}
