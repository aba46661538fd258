package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.expr.Condition;
import java.util.List;

/** The condition of a single-item write: ConditionExpression, or legacy Expected + ConditionalOperator. */
final class WriteConditions {
    static final List<String> EXPRESSION = List.of("ConditionExpression");
    static final List<String> LEGACY = List.of("Expected", "ConditionalOperator");

    private WriteConditions() {
    }

    /** The compiled condition, or null when the write is unconditional. */
    static Condition read(JsonNode request, ExpressionParams expressions, String conditionalOperator) {
        String expression = expressions.expression("ConditionExpression");
        if (expression != null) {
            return expressions.compiler().condition(expression);
        }
        return LegacyParams.expected(request, conditionalOperator);
    }
}
