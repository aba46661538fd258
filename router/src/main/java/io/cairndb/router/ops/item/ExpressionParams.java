package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.ExpressionCompiler;
import io.cairndb.engine.expr.legacy.LegacyParameters;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.router.json.AttributeValueJson;
import io.cairndb.router.json.RequestFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The expression parameters of one request: which expression and legacy parameters it has,
 * its ExpressionAttributeNames/Values, and the compiler that resolves them. Checks DynamoDB's
 * request-level rules (no mixing of expression and legacy parameters, names and values only
 * with expressions, neither map empty) before anything is compiled.
 */
final class ExpressionParams {
    private final JsonNode request;
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private ExpressionCompiler compiler;

    private ExpressionParams(JsonNode request, Map<String, String> names, Map<String, AttributeValue> values) {
        this.request = request;
        this.names = names;
        this.values = values;
    }

    /**
     * @param expressionParams the expression parameters the operation accepts
     * @param valueParams      those of them that can use ExpressionAttributeValues, in the order DynamoDB
     *                         names them in its error message; empty: the values are ignored
     * @param legacyParams     the legacy parameters the operation accepts
     */
    static ExpressionParams read(JsonNode request, List<String> expressionParams, List<String> valueParams,
                                 List<String> legacyParams) {
        List<String> expressions = present(request, expressionParams);
        LegacyParameters.checkNotMixed(present(request, legacyParams), expressions);
        Map<String, String> names = RequestFields.stringMap(request, "ExpressionAttributeNames");
        if (names != null && expressions.isEmpty()) {
            throw new ValidationException("ExpressionAttributeNames can only be specified when using expressions");
        }
        // Operations whose expressions take no values (GetItem, BatchGetItem) ignore ExpressionAttributeValues
        // altogether, as DynamoDB Local does.
        Map<String, AttributeValue> values = valueParams.isEmpty()
                ? null : AttributeValueJson.readExpressionValues(request.get("ExpressionAttributeValues"));
        if (values != null && present(request, valueParams).isEmpty()) {
            throw new ValidationException("ExpressionAttributeValues can only be specified when using expressions: "
                    + String.join(" and ", valueParams) + (valueParams.size() > 1 ? " are null" : " is null"));
        }
        if (names != null && names.isEmpty()) {
            throw new ValidationException("ExpressionAttributeNames must not be empty");
        }
        if (values != null && values.isEmpty()) {
            throw new ValidationException("ExpressionAttributeValues must not be empty");
        }
        return new ExpressionParams(request, names, values);
    }

    /** The text of an expression parameter, or null when absent. */
    String expression(String param) {
        return RequestFields.string(request, param);
    }

    /** Puts this request's ExpressionAttributeNames and Values into a write's spec (which compiles its expressions). */
    WriteSpec.Builder attributes(WriteSpec.Builder spec) {
        return spec.expressionAttributeNames(names).expressionAttributeValues(values);
    }

    /** The compiler for this request's expressions, made on first use. */
    ExpressionCompiler compiler() {
        if (compiler == null) {
            compiler = new ExpressionCompiler(names, values);
        }
        return compiler;
    }

    /** After all expressions are compiled: DynamoDB's error for names or values no expression used. */
    void checkAllUsed() {
        if (names != null || values != null) {
            compiler().checkAllUsed();
        }
    }

    private static List<String> present(JsonNode request, List<String> params) {
        List<String> found = List.of();
        for (String param : params) {
            JsonNode node = request.get(param);
            if (node != null && !node.isNull()) {
                if (found.isEmpty()) {
                    found = new ArrayList<>(2);
                }
                found.add(param);
            }
        }
        return found;
    }
}
