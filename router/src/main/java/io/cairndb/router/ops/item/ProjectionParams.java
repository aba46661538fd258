package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.expr.Projection;
import io.cairndb.router.json.RequestFields;
import java.util.List;

/** ProjectionExpression or legacy AttributesToGet: which attributes a read returns. */
final class ProjectionParams {
    private ProjectionParams() {
    }

    /** The projection, or null for whole items. */
    static Projection read(JsonNode request, ExpressionParams expressions) {
        Projection projection = expression(expressions);
        return projection != null ? projection : attributesToGet(request);
    }

    /**
     * The compiled ProjectionExpression, or null. Query and Scan compile it before their other
     * checks and validate AttributesToGet last: DynamoDB Local reports errors in that order.
     */
    static Projection expression(ExpressionParams expressions) {
        String expression = expressions.expression("ProjectionExpression");
        return expression == null ? null : expressions.compiler().projection(expression);
    }

    /** The legacy AttributesToGet projection, or null. */
    static Projection attributesToGet(JsonNode request) {
        List<String> attributesToGet = RequestFields.stringList(request, "AttributesToGet");
        return attributesToGet == null ? null : LegacyParams.attributesToGet(attributesToGet);
    }

    /** Whether the request names a projection at all (for Select's rules). */
    static boolean present(JsonNode request) {
        return has(request, "ProjectionExpression") || has(request, "AttributesToGet");
    }

    static String presentName(JsonNode request) {
        return has(request, "ProjectionExpression") ? "ProjectionExpression" : "AttributesToGet";
    }

    private static boolean has(JsonNode request, String field) {
        JsonNode node = request.get(field);
        return node != null && !node.isNull();
    }
}
