package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.NotImplementedYetException;
import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.expr.UpdateAction;
import io.cairndb.engine.schema.KeySchema;
import java.util.List;

/**
 * The legacy (pre-expression) parameters: Expected, AttributesToGet, KeyConditions,
 * QueryFilter/ScanFilter with ConditionalOperator, AttributeUpdates. Turns their JSON into the
 * engine's compiled forms.
 */
final class LegacyParams {
    private LegacyParams() {
    }

    static Condition expected(JsonNode expected, String conditionalOperator) {
        throw new NotImplementedYetException("The Expected parameter");
    }

    static Projection attributesToGet(List<String> names) {
        throw new NotImplementedYetException("The AttributesToGet parameter");
    }

    static KeyCondition keyConditions(JsonNode keyConditions, KeySchema schema) {
        throw new NotImplementedYetException("The KeyConditions parameter");
    }

    static Condition filter(JsonNode filter, String conditionalOperator) {
        throw new NotImplementedYetException("The QueryFilter and ScanFilter parameters");
    }

    static UpdateAction attributeUpdates(JsonNode attributeUpdates) {
        throw new NotImplementedYetException("The AttributeUpdates parameter");
    }
}
