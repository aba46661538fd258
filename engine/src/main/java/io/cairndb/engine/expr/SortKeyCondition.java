package io.cairndb.engine.expr;

import io.cairndb.engine.model.AttributeValue;

/**
 * The sort-key part of a key condition. {@code upper} is set only for BETWEEN.
 */
public record SortKeyCondition(Operator operator, AttributeValue value, AttributeValue upper) {
    public enum Operator { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

    public static SortKeyCondition of(Operator operator, AttributeValue value) {
        return new SortKeyCondition(operator, value, null);
    }

    public static SortKeyCondition between(AttributeValue low, AttributeValue high) {
        return new SortKeyCondition(Operator.BETWEEN, low, high);
    }
}
