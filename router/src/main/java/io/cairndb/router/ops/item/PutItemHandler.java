package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.validate.ItemValidator;
import io.cairndb.engine.validate.KeyValidator;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.router.json.AttributeValueJson;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;

/** PutItem: replaces a whole item, optionally under a condition. */
final class PutItemHandler implements OperationHandler {
    private final TableResolver tables;
    private final WriteExecutor writes;

    PutItemHandler(TableResolver tables, WriteExecutor writes) {
        this.tables = tables;
        this.writes = writes;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        ConstraintViolations violations = new ConstraintViolations();
        String tableName = RequestFields.string(request, "TableName");
        violations.notNull(RequestFields.map(request, "Item"), "item");
        WriteOptions options = WriteOptions.read(request, violations);
        TableDefinition table = tables.require(tableName, violations);
        options.checkReturnValues(WriteOptions.NONE_OR_ALL_OLD);

        Item item = AttributeValueJson.readItem(request.get("Item"));
        ExpressionParams expressions = ExpressionParams.read(request, WriteConditions.EXPRESSION,
                WriteConditions.EXPRESSION, WriteConditions.LEGACY);
        // DynamoDB Local checks the item (key, size) after the request-level expression rules but before
        // compiling the condition.
        Item key = KeyValidator.checkItemKey(table.keySchema(), item);
        ItemValidator.checkWholeItem(item);
        WriteSpec spec = WriteConditions.read(request, expressions, options.conditionalOperator(),
                        expressions.attributes(WriteSpec.putBuilder(key, item)))
                .returnItemOnConditionFailure(options.returnOldOnConditionFailure())
                .build();
        return writes.execute(table, spec, options.returnValue(), options.capacity());
    }
}
