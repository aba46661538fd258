package io.cairndb.engine.expr;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.schema.KeySchema;
import java.util.Map;

/**
 * Compiles the expressions of one request against its ExpressionAttributeNames and
 * ExpressionAttributeValues, tracking which names and values were used so that
 * {@link #checkAllUsed()} can give DynamoDB's "unused" errors.
 *
 * <p>Every method throws {@link io.cairndb.engine.error.ValidationException} with DynamoDB's
 * message for syntax errors, undefined names/values, reserved words, limits and type errors
 * that DynamoDB reports at parse time.
 */
public final class ExpressionCompiler {
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;

    /** {@code names} and {@code values} may be null when the request had none. */
    public ExpressionCompiler(Map<String, String> names, Map<String, AttributeValue> values) {
        this.names = names;
        this.values = values;
    }

    public Condition condition(String expression) {
        throw new UnsupportedOperationException("ConditionExpression");
    }

    public Condition filter(String expression) {
        throw new UnsupportedOperationException("FilterExpression");
    }

    public KeyCondition keyCondition(String expression, KeySchema schema) {
        throw new UnsupportedOperationException("KeyConditionExpression");
    }

    public Projection projection(String expression) {
        throw new UnsupportedOperationException("ProjectionExpression");
    }

    public UpdateAction update(String expression) {
        throw new UnsupportedOperationException("UpdateExpression");
    }

    /** Throws DynamoDB's error if a name or value was supplied but no expression used it. */
    public void checkAllUsed() {
        throw new UnsupportedOperationException("checkAllUsed");
    }
}
