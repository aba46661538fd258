package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.capacity.ReturnConsumedCapacity;
import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import java.util.List;

/** Scan: all items (or one parallel-scan segment), one page at a time. */
final class ScanHandler implements OperationHandler {
    static final int MAX_TOTAL_SEGMENTS = 1_000_000;

    private static final List<String> EXPRESSIONS = List.of("FilterExpression", "ProjectionExpression");
    private static final List<String> VALUE_EXPRESSIONS = List.of("FilterExpression");
    private static final List<String> LEGACY = List.of("ScanFilter", "AttributesToGet", "ConditionalOperator");

    private final TableResolver tables;
    private final DataPlane dataPlane;

    ScanHandler(TableResolver tables, DataPlane dataPlane) {
        this.tables = tables;
        this.dataPlane = dataPlane;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        ConstraintViolations violations = new ConstraintViolations();
        String tableName = RequestFields.string(request, "TableName");
        Integer limit = RequestFields.integer(request, "Limit");
        violations.atLeast(limit, "limit", 1);
        Integer segment = RequestFields.integer(request, "Segment");
        Integer totalSegments = RequestFields.integer(request, "TotalSegments");
        violations.atLeast(segment, "segment", 0).atMost(segment, "segment", MAX_TOTAL_SEGMENTS - 1);
        violations.atLeast(totalSegments, "totalSegments", 1).atMost(totalSegments, "totalSegments", MAX_TOTAL_SEGMENTS);
        String rawSelect = SelectMode.readRaw(request, violations);
        ReturnConsumedCapacity capacity = RequestOptions.returnConsumedCapacity(request, violations);
        String conditionalOperator = RequestOptions.conditionalOperator(request, violations);
        boolean consistentRead = RequestFields.bool(request, "ConsistentRead", false);
        String indexName = RequestFields.string(request, "IndexName");
        TableDefinition table = tables.require(tableName, violations);

        checkSegments(segment, totalSegments);
        // The order of the checks below is the order in which DynamoDB Local reports errors.
        ExpressionParams expressions = ExpressionParams.read(request, EXPRESSIONS, VALUE_EXPRESSIONS, LEGACY);
        TableResolver.requireNoIndex(indexName);
        String filterExpression = expressions.expression("FilterExpression");
        Condition filter = filterExpression != null
                ? expressions.compiler().filter(filterExpression)
                : LegacyParams.scanFilter(request, conditionalOperator);
        Projection projection = ProjectionParams.expression(expressions);
        expressions.checkAllUsed();
        SelectMode select = SelectMode.resolve(rawSelect, request, indexName);
        if (projection == null) {
            projection = ProjectionParams.attributesToGet(request);
        }
        Item startKey = PageReads.exclusiveStartKey(request, table.keySchema());

        boolean countOnly = select == SelectMode.COUNT;
        Page page = dataPlane.read(table, new ReadRequest(null, startKey, limit == null ? 0 : limit, filter,
                projection, countOnly, true, consistentRead,
                segment == null ? 0 : segment, totalSegments == null ? 1 : totalSegments));
        return PageReads.respond(table.name(), page, countOnly, consistentRead, capacity);
    }

    private static void checkSegments(Integer segment, Integer totalSegments) {
        // DynamoDB does not document these two wordings; they are DynamoDB Local's.
        if (segment != null && totalSegments == null) {
            throw new ValidationException("If segment is specified, total segment must also be specified");
        }
        if (totalSegments != null && segment == null) {
            throw new ValidationException(
                    "If total segments is specified, a particular segment must also be specified for this request");
        }
        if (segment != null && segment >= totalSegments) {
            throw new ValidationException("The Segment parameter is zero-based and must be less than parameter"
                    + " TotalSegments: Segment: " + segment + " is not less than TotalSegments: " + totalSegments);
        }
    }
}
