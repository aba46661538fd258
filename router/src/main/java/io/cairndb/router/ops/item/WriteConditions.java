package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.write.WriteSpec;
import java.util.List;

/**
 * The condition of a single-item write: ConditionExpression, or legacy Expected +
 * ConditionalOperator, put into the write's {@link WriteSpec} (which compiles it).
 */
final class WriteConditions {
    static final List<String> EXPRESSION = List.of("ConditionExpression");
    static final List<String> LEGACY = List.of("Expected", "ConditionalOperator");

    private WriteConditions() {
    }

    /** Sets the request's condition, if any, on {@code spec}; checks the legacy entries' JSON. */
    static WriteSpec.Builder read(JsonNode request, ExpressionParams expressions, String conditionalOperator,
                                  WriteSpec.Builder spec) {
        String expression = expressions.expression("ConditionExpression");
        if (expression != null) {
            return spec.conditionExpression(expression);
        }
        return spec.expected(LegacyParams.expected(request))
                .conditionalOperator(LegacyParams.conditionalOperator(conditionalOperator));
    }
}
