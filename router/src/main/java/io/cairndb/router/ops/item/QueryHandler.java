package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.capacity.ReturnConsumedCapacity;
import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import java.util.List;

/** Query: one partition's items in sort-key order, one page at a time. */
final class QueryHandler implements OperationHandler {
    private static final List<String> EXPRESSIONS =
            List.of("KeyConditionExpression", "FilterExpression", "ProjectionExpression");
    private static final List<String> VALUE_EXPRESSIONS = List.of("FilterExpression", "KeyConditionExpression");
    private static final List<String> LEGACY =
            List.of("KeyConditions", "QueryFilter", "AttributesToGet", "ConditionalOperator");

    private final TableResolver tables;
    private final DataPlane dataPlane;

    QueryHandler(TableResolver tables, DataPlane dataPlane) {
        this.tables = tables;
        this.dataPlane = dataPlane;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        ConstraintViolations violations = new ConstraintViolations();
        String tableName = RequestFields.string(request, "TableName");
        Integer limit = RequestFields.integer(request, "Limit");
        violations.atLeast(limit, "limit", 1);
        String rawSelect = SelectMode.readRaw(request, violations);
        ReturnConsumedCapacity capacity = RequestOptions.returnConsumedCapacity(request, violations);
        String conditionalOperator = RequestOptions.conditionalOperator(request, violations);
        boolean consistentRead = RequestFields.bool(request, "ConsistentRead", false);
        boolean forward = RequestFields.bool(request, "ScanIndexForward", true);
        String indexName = RequestFields.string(request, "IndexName");
        TableDefinition table = tables.require(tableName, violations);

        // The order of the checks below is the order in which DynamoDB Local reports errors.
        ExpressionParams expressions = ExpressionParams.read(request, EXPRESSIONS, VALUE_EXPRESSIONS, LEGACY);
        TableResolver.requireNoIndex(indexName);
        String filterExpression = expressions.expression("FilterExpression");
        Condition filter = filterExpression != null
                ? expressions.compiler().queryFilter(filterExpression, table.keySchema()) : null;
        Projection projection = ProjectionParams.expression(expressions);
        KeyCondition keyCondition = keyCondition(request, expressions, table);
        if (filterExpression == null) {
            filter = LegacyParams.queryFilter(request, conditionalOperator, table.keySchema());
        }
        expressions.checkAllUsed();
        SelectMode select = SelectMode.resolve(rawSelect, request, indexName);
        if (projection == null) {
            projection = ProjectionParams.attributesToGet(request);
        }
        Item startKey = PageReads.exclusiveStartKey(request, table.keySchema());

        boolean countOnly = select == SelectMode.COUNT;
        Page page = dataPlane.read(table, new ReadRequest(keyCondition, startKey, limit == null ? 0 : limit,
                filter, projection, countOnly, forward, consistentRead, 0, 1));
        page = QueryRangeEnd.trim(page, table.keySchema(), keyCondition, forward);
        return PageReads.respond(table.name(), page, countOnly, consistentRead, capacity);
    }

    private static KeyCondition keyCondition(JsonNode request, ExpressionParams expressions, TableDefinition table) {
        String expression = expressions.expression("KeyConditionExpression");
        if (expression != null) {
            return expressions.compiler().keyCondition(expression, table.keySchema());
        }
        JsonNode keyConditions = RequestFields.map(request, "KeyConditions");
        if (keyConditions != null) {
            return LegacyParams.keyConditions(keyConditions, table.keySchema());
        }
        throw new ValidationException(
                "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
    }
}
