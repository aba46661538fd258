package io.cairndb.engine.expr;

import io.cairndb.engine.expr.parse.ConditionParser;
import io.cairndb.engine.expr.parse.KeyAttributeCheck;
import io.cairndb.engine.expr.parse.KeyConditionAnalyzer;
import io.cairndb.engine.expr.parse.Placeholders;
import io.cairndb.engine.expr.parse.ProjectionParser;
import io.cairndb.engine.expr.parse.UpdateParser;
import io.cairndb.engine.expr.projection.PathProjection;
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
 *
 * <p>Use one instance per request, from one thread: compile every expression of the request,
 * then call {@link #checkAllUsed()}. The compiled objects are immutable and thread-safe.
 */
public final class ExpressionCompiler {
    private final Placeholders placeholders;

    /**
     * {@code names} and {@code values} may be null when the request had none. A present but
     * empty map, or a key that is not {@code #word} / {@code :word}, is rejected here with
     * DynamoDB's message.
     */
    public ExpressionCompiler(Map<String, String> names, Map<String, AttributeValue> values) {
        this.placeholders = new Placeholders(names, values);
    }

    public Condition condition(String expression) {
        return ConditionParser.parse(expression, ExpressionType.CONDITION, placeholders);
    }

    public Condition filter(String expression) {
        return ConditionParser.parse(expression, ExpressionType.FILTER, placeholders);
    }

    /**
     * A Query's FilterExpression: like {@link #filter(String)}, but DynamoDB rejects key
     * attributes of the queried table or index in it.
     */
    public Condition queryFilter(String expression, KeySchema schema) {
        ConditionParser.Parsed parsed = ConditionParser.parseWithPaths(expression, ExpressionType.FILTER, placeholders);
        KeyAttributeCheck.rejectKeyAttributes(parsed.paths(), schema);
        return parsed.root();
    }

    public KeyCondition keyCondition(String expression, KeySchema schema) {
        return KeyConditionAnalyzer.analyze(
                ConditionParser.parse(expression, ExpressionType.KEY_CONDITION, placeholders), schema);
    }

    public Projection projection(String expression) {
        return new PathProjection(ProjectionParser.parse(expression, placeholders));
    }

    public UpdateAction update(String expression) {
        return UpdateParser.parse(expression, placeholders);
    }

    /** Throws DynamoDB's error if a name or value was supplied but no expression used it. */
    public void checkAllUsed() {
        placeholders.checkAllUsed();
    }
}
