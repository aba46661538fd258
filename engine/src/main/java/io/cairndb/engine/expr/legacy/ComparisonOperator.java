package io.cairndb.engine.expr.legacy;

import io.cairndb.engine.error.ValidationException;

/** The ComparisonOperator of legacy Expected / KeyConditions / QueryFilter / ScanFilter entries. */
public enum ComparisonOperator {
    EQ(1), NE(1), LE(1), LT(1), GE(1), GT(1), NOT_NULL(0), NULL(0), CONTAINS(1), NOT_CONTAINS(1),
    BEGINS_WITH(1), IN(-1), BETWEEN(2);

    /** Number of values in AttributeValueList; -1 for "one or more". */
    private final int arity;

    ComparisonOperator(int arity) {
        this.arity = arity;
    }

    public boolean acceptsArgumentCount(int count) {
        return arity < 0 ? count > 0 : count == arity;
    }

    /** Parses the wire name, with DynamoDB's error for an unknown one. */
    public static ComparisonOperator parse(String name) {
        for (ComparisonOperator op : values()) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        throw new ValidationException("Comparison type does not exist in DynamoDB");
    }
}
