package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.capacity.CapacityUnits;
import io.cairndb.engine.capacity.ConsumedCapacity;
import io.cairndb.engine.capacity.ReturnConsumedCapacity;
import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.validate.KeyValidator;
import io.cairndb.router.json.AttributeValueJson;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import java.util.List;

/** GetItem: one item by key, optionally projected. */
final class GetItemHandler implements OperationHandler {
    static final List<String> EXPRESSIONS = List.of("ProjectionExpression");
    static final List<String> LEGACY = List.of("AttributesToGet");

    private final TableResolver tables;
    private final DataPlane dataPlane;

    GetItemHandler(TableResolver tables, DataPlane dataPlane) {
        this.tables = tables;
        this.dataPlane = dataPlane;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        ConstraintViolations violations = new ConstraintViolations();
        String tableName = RequestFields.string(request, "TableName");
        violations.notNull(RequestFields.map(request, "Key"), "key");
        ReturnConsumedCapacity capacity = RequestOptions.returnConsumedCapacity(request, violations);
        boolean consistentRead = RequestFields.bool(request, "ConsistentRead", false);
        TableDefinition table = tables.require(tableName, violations);

        Item key = AttributeValueJson.readItem(request.get("Key"));
        ExpressionParams expressions = ExpressionParams.read(request, EXPRESSIONS, List.of(), LEGACY);
        Projection projection = ProjectionParams.read(request, expressions);
        expressions.checkAllUsed();
        KeyValidator.checkKey(table.keySchema(), key);

        Item item = dataPlane.get(table, key, consistentRead);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        if (item != null) {
            Item returned = projection == null ? item : projection.project(item);
            response.set("Item", AttributeValueJson.writeItem(returned));
        }
        if (capacity.reports()) {
            CapacityJson.put(response, ConsumedCapacity.read(table.name(),
                    CapacityUnits.readItem(item, consistentRead)), capacity);
        }
        return response;
    }
}
