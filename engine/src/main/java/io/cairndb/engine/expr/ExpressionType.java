package io.cairndb.engine.expr;

import io.cairndb.engine.error.ValidationException;

/** The five expression parameters; their names prefix DynamoDB's error messages. */
public enum ExpressionType {
    CONDITION("ConditionExpression"),
    FILTER("FilterExpression"),
    KEY_CONDITION("KeyConditionExpression"),
    PROJECTION("ProjectionExpression"),
    UPDATE("UpdateExpression");

    private final String parameterName;

    ExpressionType(String parameterName) {
        this.parameterName = parameterName;
    }

    public String parameterName() {
        return parameterName;
    }

    /** DynamoDB's "Invalid &lt;parameter&gt;: &lt;detail&gt;" error. */
    public ValidationException invalid(String detail) {
        return new ValidationException("Invalid " + parameterName + ": " + detail);
    }
}
