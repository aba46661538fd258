package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.capacity.ReturnConsumedCapacity;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.validate.KeyValidator;
import io.cairndb.engine.write.ReturnValue;
import io.cairndb.engine.write.WriteCommand;
import io.cairndb.router.json.AttributeValueJson;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import java.util.Set;

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
        ReturnValue returnValue = RequestOptions.returnValues(request, violations);
        boolean returnOldOnFailure = RequestOptions.returnOldOnConditionFailure(request, violations);
        ReturnConsumedCapacity capacity = RequestOptions.returnConsumedCapacity(request, violations);
        RequestOptions.returnItemCollectionMetrics(request, violations);
        String conditionalOperator = RequestOptions.conditionalOperator(request, violations);
        TableDefinition table = tables.require(tableName, violations);

        Item key = AttributeValueJson.readItem(request.get("Key"));
        ExpressionParams expressions = ExpressionParams.read(request, WriteConditions.EXPRESSION,
                WriteConditions.EXPRESSION, WriteConditions.LEGACY);
        if (returnValue != ReturnValue.NONE && returnValue != ReturnValue.ALL_OLD) {
            throw new ValidationException("ReturnValues can only be ALL_OLD or NONE");
        }
        Condition condition = WriteConditions.read(request, expressions, conditionalOperator);
        expressions.checkAllUsed();
        KeyValidator.checkKey(table.keySchema(), key);
        return writes.execute(table, new WriteCommand.Delete(key, condition, returnOldOnFailure),
                returnValue, Set.of(), capacity);
    }
}
