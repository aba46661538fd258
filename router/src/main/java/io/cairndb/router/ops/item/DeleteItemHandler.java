package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.validate.KeyValidator;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.router.json.AttributeValueJson;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;

/** DeleteItem: removes one item, optionally under a condition. Deleting a missing item succeeds. */
final class DeleteItemHandler implements OperationHandler {
    private final TableResolver tables;
    private final WriteExecutor writes;

    DeleteItemHandler(TableResolver tables, WriteExecutor writes) {
        this.tables = tables;
        this.writes = writes;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        ConstraintViolations violations = new ConstraintViolations();
        String tableName = RequestFields.string(request, "TableName");
        violations.notNull(RequestFields.map(request, "Key"), "key");
        WriteOptions options = WriteOptions.read(request, violations);
        TableDefinition table = tables.require(tableName, violations);
        options.checkReturnValues(WriteOptions.NONE_OR_ALL_OLD);

        Item key = AttributeValueJson.readItem(request.get("Key"));
        ExpressionParams expressions = ExpressionParams.read(request, WriteConditions.EXPRESSION,
                WriteConditions.EXPRESSION, WriteConditions.LEGACY);
        WriteSpec spec = WriteConditions.read(request, expressions, options.conditionalOperator(),
                        expressions.attributes(WriteSpec.deleteBuilder(key)))
                .returnItemOnConditionFailure(options.returnOldOnConditionFailure())
                .build();
        // DynamoDB reports expression errors (compile, then unused names/values) before key errors.
        writes.compile(spec);
        KeyValidator.checkKey(table.keySchema(), key);
        return writes.execute(table, spec, options.returnValue(), options.capacity());
    }
}
